package org.corroborate.eval.polnear;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.corroborate.model.Analysis;
import org.corroborate.model.Statement;

/**
 * Compares the statements of an {@link Analysis} with the PolNeAR gold attributions of the same article.
 *
 * <h2>Span level (source, cue, content, each separately)</h2>
 * Predicted spans: a statement's {@code source()} (skipped when absent or its start is negative), {@code cue()}
 * (skipped when null) and {@code content()}. Gold spans: the Source, Cue and Content arguments of the attribution
 * events. Identical spans are counted once on each side (several statements can share one source mention).
 * <ul>
 *   <li><b>exact</b>: a predicted span matches a gold span when their outer bounds are equal after trimming
 *   whitespace, quotation marks and punctuation from both edges ({@link SpanMatching#trimmed}); a discontinuous gold
 *   span is taken from its first start to its last end.</li>
 *   <li><b>overlap</b>: a predicted span matches a gold span when they share at least one character (fragment by
 *   fragment for discontinuous spans).</li>
 * </ul>
 * In both modes matching is one-to-one (greedy, largest overlap first): precision = matched predicted / predicted,
 * recall = matched gold / gold.
 *
 * <h2>Attribution level</h2>
 * Gold: attributions that have a content (the few events without one are left out). Predicted: statements, with
 * identical (content, source) pairs counted once. With {@code ov} the characters shared by the gold and predicted
 * contents, and "source agrees" meaning the gold attribution has no source, or the statement has a source span that
 * overlaps the gold source:
 * <ul>
 *   <li>recall: a gold attribution is found when some statement has {@code ov >= 0.5 * |gold content|} (and
 *   {@code ov > 0}) and its source agrees;</li>
 *   <li>precision: a statement is correct when some gold attribution has
 *   {@code ov >= 0.5 * min(|gold content|, |predicted content|)} (and {@code ov > 0}) and the source agrees.</li>
 * </ul>
 * This level is not one-to-one: a statement that is one sentence of a long gold quote is correct, but the gold
 * attribution is found only by a statement that covers half of it.
 * <p>
 * All counts are summed over articles (micro-average) with {@link Scores#plus}.
 */
public final class PolnearScorer {
    private PolnearScorer() {
    }

    public static Scores score(GoldArticle gold, Analysis predicted) {
        String text = gold.text();
        List<Statement> statements = predicted.statements();
        return new Scores(
                spanScores(text, distinct(gold.attributions(), GoldAttribution::source),
                        distinct(statements, PolnearScorer::sourceOf)),
                spanScores(text, distinct(gold.attributions(), GoldAttribution::cue),
                        distinct(statements, PolnearScorer::cueOf)),
                spanScores(text, distinct(gold.attributions(), GoldAttribution::content),
                        distinct(statements, PolnearScorer::contentOf)),
                attributionScore(gold.attributions(), statements));
    }

    private static Scores.SpanScores spanScores(String text, List<Region> gold, List<Region> predicted) {
        return new Scores.SpanScores(
                Prf.oneToOne(SpanMatching.exactMatches(text, gold, predicted), predicted.size(), gold.size()),
                Prf.oneToOne(SpanMatching.overlapMatches(gold, predicted), predicted.size(), gold.size()));
    }

    /** A predicted statement as the attribution level sees it. */
    private record Claim(Region content, Region source) {
    }

    static Prf attributionScore(List<GoldAttribution> goldAttributions, List<Statement> statements) {
        List<GoldAttribution> gold = goldAttributions.stream().filter(g -> g.content() != null).toList();
        List<Claim> claims = new ArrayList<>(new LinkedHashSet<>(statements.stream()
                .filter(s -> contentOf(s) != null)
                .map(s -> new Claim(contentOf(s), sourceOf(s)))
                .toList()));
        int found = (int) gold.stream()
                .filter(g -> claims.stream().anyMatch(c -> finds(c, g)))
                .count();
        int correct = (int) claims.stream()
                .filter(c -> gold.stream().anyMatch(g -> isCorrect(c, g)))
                .count();
        return new Prf(correct, claims.size(), found, gold.size());
    }

    private static boolean finds(Claim claim, GoldAttribution gold) {
        int ov = gold.content().overlap(claim.content());
        return ov > 0 && 2 * ov >= gold.content().length() && sourceAgrees(claim, gold);
    }

    private static boolean isCorrect(Claim claim, GoldAttribution gold) {
        int ov = gold.content().overlap(claim.content());
        int shorter = Math.min(gold.content().length(), claim.content().length());
        return ov > 0 && 2 * ov >= shorter && sourceAgrees(claim, gold);
    }

    private static boolean sourceAgrees(Claim claim, GoldAttribution gold) {
        return gold.source() == null || (claim.source() != null && gold.source().overlap(claim.source()) > 0);
    }

    private static <T> List<Region> distinct(List<T> items, Function<T, Region> region) {
        return items.stream().map(region).filter(Objects::nonNull).distinct().toList();
    }

    static Region sourceOf(Statement s) {
        var m = s.source();
        return m == null || m.start() < 0 || m.end() < m.start() ? null : Region.of(m.start(), m.end());
    }

    static Region cueOf(Statement s) {
        var c = s.cue();
        return c == null || c.start() < 0 || c.end() < c.start() ? null : Region.of(c.start(), c.end());
    }

    static Region contentOf(Statement s) {
        var c = s.content();
        return c == null ? null : Region.of(c.start(), c.end());
    }
}
