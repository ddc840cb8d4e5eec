package org.corroborate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Applies a function to every input on a fixed pool of threads and returns the outcomes in input order,
 * so that reports do not depend on scheduling. A failing input becomes a failed outcome; it never stops the run.
 */
public final class ParallelRunner {
    private ParallelRunner() {
    }

    /** The result of one input: exactly one of {@code value} and {@code error} is non-null. */
    public record Outcome<O>(O value, Throwable error) {
        public boolean failed() {
            return error != null;
        }
    }

    /** Thread count to use: {@code requested}, or every available core when it is 0 or less. */
    public static int threads(int requested) {
        return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    }

    public static <I, O> List<Outcome<O>> run(List<I> inputs, Function<? super I, ? extends O> function, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads(threads), daemonThreads());
        try {
            List<Future<O>> futures = new ArrayList<>();
            for (I input : inputs) {
                futures.add(pool.submit(() -> function.apply(input)));
            }
            List<Outcome<O>> outcomes = new ArrayList<>();
            for (Future<O> future : futures) {
                outcomes.add(await(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> Outcome<O> await(Future<O> future) {
        try {
            return new Outcome<>(future.get(), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // Daemon threads, so a caller that exits early is not held up by a stuck article.
    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread t = new Thread(runnable, "corroborate-eval");
            t.setDaemon(true);
            return t;
        };
    }
}
