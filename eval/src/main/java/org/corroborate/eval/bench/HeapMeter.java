package org.corroborate.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap use during one bench phase, measured two ways because neither is exact:
 * <ul>
 *   <li><b>pool peaks</b>: the JVM's own peak of every heap memory pool (eden, survivor, old gen), reset at the start,
 *   summed at the end. It never misses a spike, but the pools peak at different moments, so the sum is an upper
 *   bound;</li>
 *   <li><b>sampled</b>: the largest total heap in use seen by a thread polling {@code MemoryMXBean} every
 *   {@value #SAMPLE_MILLIS} ms: a lower bound, it can miss a short spike.</li>
 * </ul>
 * Both count everything in the heap: models loaded before the phase (reported separately as the heap retained
 * after a full collection at the start) and garbage not yet collected, which grows with {@code -Xmx}. Compare
 * phases run in the same JVM with the same {@code -Xmx}.
 */
final class HeapMeter implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 20;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    private final AtomicLong sampledPeak = new AtomicLong();
    private final long retained;
    private final Thread sampler;
    private volatile boolean running = true;

    /** Collects garbage, resets the pool peaks and starts sampling. */
    HeapMeter() {
        System.gc();
        retained = used();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The three figures in MB. */
    record Reading(double retainedMb, double poolPeakMb, double sampledPeakMb) {
    }

    Reading read() {
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long sampled = Math.max(sampledPeak.get(), used());
        return new Reading(mb(retained), mb(poolPeaks), mb(sampled));
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private void sample() {
        while (running) {
            sampledPeak.accumulateAndGet(used(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
