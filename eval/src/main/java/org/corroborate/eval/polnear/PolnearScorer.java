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
        return score(gold, joinContinuations(predicted.statements()));
    }

    /** Scores another annotator's attributions of the same article as if they were predictions. */
    public static Scores score(GoldArticle gold, GoldArticle otherAnnotator) {
        return score(gold, otherAnnotator.attributions().stream()
                .map(a -> new Predicted(a.content(), a.source(), a.cue(), null))
                .toList());
    }

    private static Scores score(GoldArticle gold, List<Predicted> predictions) {
        String text = gold.text();
        return new Scores(
                spanScores(text, distinct(gold.attributions(), GoldAttribution::source),
                        distinct(predictions, Predicted::source)),
                spanScores(text, distinct(gold.attributions(), GoldAttribution::cue),
                        distinct(predictions, Predicted::cue)),
                spanScores(text, distinct(gold.attributions(), GoldAttribution::content),
                        distinct(predictions, Predicted::content)),
                attributionScore(gold.attributions(), predictions));
    }

    private static Scores.SpanScores spanScores(String text, List<Region> gold, List<Region> predicted) {
        return new Scores.SpanScores(
                Prf.oneToOne(SpanMatching.exactMatches(text, gold, predicted), predicted.size(), gold.size()),
                Prf.oneToOne(SpanMatching.overlapMatches(gold, predicted), predicted.size(), gold.size()));
    }

    /** A predicted statement as the attribution level sees it. */
    private record Claim(Region content, Region source) {
    }

    static Prf attributionScore(List<GoldAttribution> goldAttributions, List<Predicted> predictions) {
        List<GoldAttribution> gold = goldAttributions.stream().filter(g -> g.content() != null).toList();
        List<Claim> claims = new ArrayList<>(new LinkedHashSet<>(predictions.stream()
                .filter(p -> p.content() != null)
                .map(p -> new Claim(p.content(), p.source()))
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

    /**
     * A predicted attribution: a chain of statements joined (see {@link #joinContinuations}), {@code first} its
     * first statement (null for another annotator's attribution).
     */
    record Predicted(Region content, Region source, Region cue, Statement first) {
    }

    /**
     * PolNeAR annotates a split quote or a quote with its continuation as one attribution with a discontinuous
     * content; Corroborate reports them as statements linked by {@code continues}. Each chain becomes one
     * predicted attribution: the first statement's source and cue, every member's content as fragments.
     */
    static List<Predicted> joinContinuations(List<Statement> statements) {
        java.util.Map<Integer, List<Region.Fragment>> fragments = new java.util.LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            int root = i;
            for (int hops = 0; statements.get(root).continues() != null && hops < statements.size(); hops++) {
                root = statements.get(root).continues();
            }
            var c = statements.get(i).content();
            fragments.computeIfAbsent(root, k -> new ArrayList<>()).add(new Region.Fragment(c.start(), c.end()));
        }
        List<Predicted> joined = new ArrayList<>();
        for (var entry : fragments.entrySet()) {
            Statement first = statements.get(entry.getKey());
            joined.add(new Predicted(new Region(entry.getValue()), sourceOf(first), cueOf(first), first));
        }
        return joined;
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
