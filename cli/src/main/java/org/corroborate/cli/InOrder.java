package org.corroborate.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on a fixed pool and hands the results to a consumer strictly in input order, each as soon as it and
 * all before it are done. Only a window of a few results per thread runs ahead, so a slow first input cannot
 * make thousands of finished analyses pile up in memory.
 */
final class InOrder {
    private static final int AHEAD_PER_THREAD = 2;

    private InOrder() {
    }

    /** The consumer runs on the calling thread. An Error thrown by the work is rethrown here. */
    static <T, R> void run(List<T> items, int threads, Function<T, R> work, Consumer<R> consumer)
            throws InterruptedException {
        int size = Math.max(1, Math.min(threads, items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, "corroborate-worker");
            t.setDaemon(true); // never keep the JVM alive after main is done
            return t;
        });
        try {
            Deque<Future<R>> running = new ArrayDeque<>();
            for (T item : items) {
                if (running.size() >= size * AHEAD_PER_THREAD) {
                    consumer.accept(next(running));
                }
                running.add(pool.submit(() -> work.apply(item)));
            }
            while (!running.isEmpty()) {
                consumer.accept(next(running));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R next(Deque<Future<R>> running) throws InterruptedException {
        try {
            return running.poll().get();
        } catch (ExecutionException e) {
            // Work is expected to catch its own exceptions; what arrives here is an Error or a bug.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
