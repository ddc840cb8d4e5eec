package org.corroborate.eval.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import org.corroborate.eval.Json;

/**
 * Throughput and heap of our analysis against the stock CoreNLP quote pipeline on the same PolNeAR dev texts.
 *
 * @param stock null when the stock pipeline was skipped
 * @param ratio our articles per second per core divided by the stock pipeline's; null when it was skipped
 */
@JsonPropertyOrder({"cores", "maxHeapMb", "ours", "stock", "ratio"})
public record BenchResult(int cores, double maxHeapMb, Phase ours, Phase stock, Double ratio) {

    /**
     * One measured phase.
     *
     * @param loadSeconds            time to build the pipeline, when the bench built it (stock); null otherwise.
     *                               Near 0 when CoreNLP had already loaded the same models in this JVM (it caches
     *                               annotators between pipelines)
     * @param warmupArticles         articles analysed before timing, to load lazy models and warm the JIT
     * @param articlesPerSecondPerCore throughput divided by the number of threads
     * @param retainedHeapMb         heap in use after a full collection just before timing (models, mostly)
     * @param peakHeapMb             sum of the heap pools' peaks during timing (upper bound, see HeapMeter)
     * @param sampledPeakHeapMb      largest heap use seen by polling during timing (lower bound)
     */
    @JsonPropertyOrder({"name", "articles", "threads", "failed", "loadSeconds", "warmupArticles", "seconds",
            "articlesPerSecond", "articlesPerSecondPerCore", "retainedHeapMb", "peakHeapMb", "sampledPeakHeapMb"})
    public record Phase(String name, int articles, int threads, int failed, Double loadSeconds, int warmupArticles,
                        double seconds, double articlesPerSecond, double articlesPerSecondPerCore,
                        double retainedHeapMb, double peakHeapMb, double sampledPeakHeapMb) {
    }

    public String toJson() {
        return Json.write(this);
    }

    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Bench on PolNeAR dev texts: %d cores, max heap %.0f MB%n%n", cores,
                maxHeapMb));
        sb.append(String.format(Locale.ROOT, "%-22s %8s %8s %7s %8s %9s %10s %10s %10s %10s%n", "phase",
                "articles", "threads", "failed", "seconds", "art/s", "art/s/core", "retained", "peak MB",
                "sampled MB"));
        sb.append(row(ours));
        if (stock != null) {
            sb.append(row(stock));
            if (stock.loadSeconds() != null) {
                sb.append(String.format(Locale.ROOT,
                        "%n%s took %.1f s to load (less if this JVM had loaded its models before).", stock.name(),
                        stock.loadSeconds()));
            }
        }
        if (ratio != null) {
            sb.append(String.format(Locale.ROOT, "%nOurs is %.1fx the stock pipeline's articles per second per core.",
                    ratio));
        }
        return sb.append(String.format("%n")).toString();
    }

    private static String row(Phase p) {
        return String.format(Locale.ROOT, "%-22s %8d %8d %7d %8.1f %9.3f %10.3f %10.0f %10.0f %10.0f%n", p.name(),
                p.articles(), p.threads(), p.failed(), p.seconds(), p.articlesPerSecond(),
                p.articlesPerSecondPerCore(), p.retainedHeapMb(), p.peakHeapMb(), p.sampledPeakHeapMb());
    }
}
