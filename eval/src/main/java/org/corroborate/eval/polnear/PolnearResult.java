package org.corroborate.eval.polnear;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.corroborate.eval.Json;

/**
 * The outcome of one PolNeAR evaluation run; prints itself as a table or as JSON.
 *
 * @param articles    articles scored, failed ones included (they are scored as if nothing had been found)
 * @param failures    articles whose analysis threw, with the error
 * @param gold        gold attribution events, and distinct gold source / cue / content spans
 * @param predicted   statements, and distinct predicted source / cue / content spans
 * @param wallSeconds time spent analysing and scoring (reading the corpus excluded)
 * @param intervals   95% intervals of the F1 figures from resampling articles ({@link ArticleBootstrap}); null
 *                    when not computed
 */
@JsonPropertyOrder({"split", "articles", "threads", "wallSeconds", "failed", "gold", "predicted", "scores",
        "intervals", "failures"})
public record PolnearResult(String split, int articles, int threads, double wallSeconds, List<Failure> failures,
                            Counts gold, Counts predicted, Scores scores, ArticleBootstrap.Intervals intervals) {

    public PolnearResult {
        failures = List.copyOf(failures);
    }

    /** An article whose analysis threw. */
    public record Failure(String article, String error) {
    }

    /** How many attributions (statements, for predictions) and distinct spans of each role. */
    public record Counts(int attributions, int sources, int cues, int contents) {
    }

    /** A result whose span counts are read off the scores: gold and predicted distinct spans per role. */
    static PolnearResult of(String split, int articles, int threads, double wallSeconds, List<Failure> failures,
                            int goldAttributions, int predictedAttributions, Scores scores,
                            ArticleBootstrap.Intervals intervals) {
        Counts gold = new Counts(goldAttributions, scores.source().exact().gold(), scores.cue().exact().gold(),
                scores.content().exact().gold());
        Counts predicted = new Counts(predictedAttributions, scores.source().exact().predicted(),
                scores.cue().exact().predicted(), scores.content().exact().predicted());
        return new PolnearResult(split, articles, threads, wallSeconds, failures, gold, predicted, scores,
                intervals);
    }

    @JsonProperty
    public int failed() {
        return failures.size();
    }

    public String toJson() {
        return Json.write(this);
    }

    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "PolNeAR %s: %d articles (%d failed), %d threads, %.1f s%n%n",
                split, articles, failed(), threads, wallSeconds));
        sb.append(String.format(Locale.ROOT, "%-14s %8s %10s%n", "", "gold", "predicted"));
        sb.append(countRow("attributions", gold.attributions(), predicted.attributions()));
        sb.append(countRow("sources", gold.sources(), predicted.sources()));
        sb.append(countRow("cues", gold.cues(), predicted.cues()));
        sb.append(countRow("contents", gold.contents(), predicted.contents()));
        sb.append(String.format(Locale.ROOT, "%n%-12s %-8s %6s %6s %6s   %s%n", "", "match", "P", "R", "F1",
                "correct/predicted, found/gold"));
        spanRows(sb, "source", scores.source());
        spanRows(sb, "cue", scores.cue());
        spanRows(sb, "content", scores.content());
        sb.append(prfRow("attribution", "rule", scores.attribution()));
        if (intervals != null) {
            sb.append(intervalRows(intervals));
        }
        for (Failure f : failures) {
            sb.append(String.format(Locale.ROOT, "%nfailed: %s: %s", f.article(), f.error()));
        }
        return sb.append(String.format("%n")).toString();
    }

    private static String intervalRows(ArticleBootstrap.Intervals i) {
        return String.format(Locale.ROOT, "%n95%% interval of F1 (%d resamples of the articles):%n", i.resamples())
                + intervalRow("source", "overlap", i.source())
                + intervalRow("cue", "overlap", i.cue())
                + intervalRow("content", "overlap", i.content())
                + intervalRow("attribution", "rule", i.attribution());
    }

    private static String intervalRow(String label, String mode, ArticleBootstrap.Interval i) {
        return String.format(Locale.ROOT, "%-12s %-8s %6.1f to %.1f%n", label, mode, 100 * i.low(), 100 * i.high());
    }

    private static String countRow(String label, int gold, int predicted) {
        return String.format(Locale.ROOT, "%-14s %8d %10d%n", label, gold, predicted);
    }

    private static void spanRows(StringBuilder sb, String role, Scores.SpanScores s) {
        sb.append(prfRow(role, "exact", s.exact()));
        sb.append(prfRow(role, "overlap", s.overlap()));
    }

    static String prfRow(String label, String mode, Prf p) {
        return String.format(Locale.ROOT, "%-12s %-8s %6.1f %6.1f %6.1f   %d/%d, %d/%d%n", label, mode,
                100 * p.precision(), 100 * p.recall(), 100 * p.f1(), p.correct(), p.predicted(), p.found(), p.gold());
    }
}
