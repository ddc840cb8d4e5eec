package org.corroborate.eval.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.corroborate.eval.ParallelRunner;
import org.corroborate.eval.polnear.CoreNlpQuoteBaseline;
import org.corroborate.eval.polnear.GoldArticle;
import org.corroborate.eval.polnear.PolnearCorpus;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;

/**
 * Measures articles per second per core, and heap, of an analysis on the PolNeAR dev texts (file name order), then
 * of the stock CoreNLP pipeline {@value CoreNlpQuoteBaseline#ANNOTATORS} on the first few of the same texts.
 * <p>
 * Our phase first makes one untimed pass over its articles (warm-up: lazy model loading and the JIT, which needs
 * far more than a few articles to settle on CoreNLP's code), then times a second pass on a fixed pool of threads;
 * that is the speed of a long-running batch or server. The stock phase warms up on one article only, since each
 * costs seconds (this flatters neither side: a colder stock pipeline is at most a little slower). "Per core" is throughput divided by the thread count, so runs on different
 * thread counts compare. Heap is measured by {@link HeapMeter}. The stock phase runs second, in the same JVM, so its
 * heap figures also hold the caller's models if the caller still references them.
 */
public final class Bench {
    private Bench() {
    }

    /**
     * @param analyzer      our analysis, already built (its loading time is not measured); thread-safe
     * @param threads       worker threads for both phases; 0 or less = every available core
     * @param articles      dev articles for our phase; 0 = all 84
     * @param stockArticles dev articles for the stock phase; 0 = skip it (it runs at roughly 0.15 articles/s)
     */
    public static BenchResult run(Path sharedDir, Function<Article, Analysis> analyzer, int threads, int articles,
                                  int stockArticles) {
        List<Article> texts = PolnearCorpus.read(sharedDir, "dev", articles).stream()
                .map(GoldArticle::article).toList();
        int workers = ParallelRunner.threads(threads);
        BenchResult.Phase ours = phase("ours", analyzer, null, texts, workers, texts.size());

        BenchResult.Phase stock = null;
        Double ratio = null;
        if (stockArticles > 0) {
            List<Article> stockTexts = texts.subList(0, Math.min(stockArticles, texts.size()));
            long started = System.nanoTime();
            CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
            double load = (System.nanoTime() - started) / 1e9;
            // One warm-up article only: each one costs several seconds.
            stock = phase("corenlp-stock", baseline, load, stockTexts, Math.min(workers, stockTexts.size()), 1);
            ratio = stock.articlesPerSecondPerCore() > 0
                    ? ours.articlesPerSecondPerCore() / stock.articlesPerSecondPerCore() : null;
        }
        return new BenchResult(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0), ours, stock, ratio);
    }

    private static BenchResult.Phase phase(String name, Function<Article, Analysis> analyzer, Double loadSeconds,
                                           List<Article> texts, int threads, int warmup) {
        ParallelRunner.run(texts.subList(0, warmup), analyzer, threads);
        try (HeapMeter heap = new HeapMeter()) {
            long started = System.nanoTime();
            List<ParallelRunner.Outcome<Analysis>> outcomes = ParallelRunner.run(texts, analyzer, threads);
            double seconds = (System.nanoTime() - started) / 1e9;
            HeapMeter.Reading reading = heap.read();
            int failed = (int) outcomes.stream().filter(ParallelRunner.Outcome::failed).count();
            double perSecond = seconds > 0 ? texts.size() / seconds : 0;
            return new BenchResult.Phase(name, texts.size(), threads, failed, loadSeconds, warmup, seconds,
                    perSecond, perSecond / threads, reading.retainedMb(), reading.poolPeakMb(),
                    reading.sampledPeakMb());
        }
    }
}
