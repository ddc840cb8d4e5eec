package org.corroborate.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Cue;
import org.corroborate.model.SourceMention;
import org.corroborate.model.SourceType;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;
import org.corroborate.model.StatementKind;
import org.junit.jupiter.api.Test;

class PolnearScorerTest {
    /** 200 letters and no punctuation, so that trimming plays no part where offsets are what is tested. */
    private static final String LETTERS = "abcdefghij".repeat(20);
    private static final double EPS = 1e-9;

    private static int[] at(String text, String part) {
        int i = text.indexOf(part);
        return new int[] {i, i + part.length()};
    }

    private static Region region(int[] bounds) {
        return Region.of(bounds[0], bounds[1]);
    }

    /** A statement; {@code source} or {@code cue} may be null. */
    private static Statement statement(String text, int[] content, int[] source, int[] cue) {
        SourceMention mention = source == null ? new SourceMention("", -1, -1, "", SourceType.UNKNOWN, "")
                : new SourceMention(text.substring(source[0], source[1]), source[0], source[1], "x",
                        SourceType.PERSON, "");
        Cue c = cue == null ? null : new Cue(text.substring(cue[0], cue[1]), cue[0], cue[1], "say");
        return new Statement(StatementKind.INDIRECT, Span.of(text, content[0], content[1]), c, mention, List.of(),
                "test");
    }

    private static Scores score(String text, List<GoldAttribution> gold, Statement... predicted) {
        Article article = new Article("a", text);
        return PolnearScorer.score(new GoldArticle("a", text, "t", gold),
                Analysis.of(article, List.of(predicted), List.of()));
    }

    private static void assertPrf(Prf expected, Prf actual) {
        assertEquals(expected, actual);
    }

    @Test
    void exactMatchIgnoresQuotesAndEdgePunctuation() {
        String text = "The mayor said: \u201cWe will win,\u201d and left.";
        GoldAttribution gold = new GoldAttribution("E1", region(at(text, "The mayor")), region(at(text, "said")),
                region(at(text, "\u201cWe will win,\u201d")));
        Scores s = score(text, List.of(gold),
                statement(text, at(text, "We will win"), at(text, "mayor"), at(text, "said:")));

        assertPrf(Prf.oneToOne(1, 1, 1), s.content().exact());
        assertPrf(Prf.oneToOne(1, 1, 1), s.cue().exact());
        // "mayor" is not "The mayor": wrong for exact, right for overlap.
        assertPrf(Prf.oneToOne(0, 1, 1), s.source().exact());
        assertPrf(Prf.oneToOne(1, 1, 1), s.source().overlap());
        assertEquals(0.0, s.source().exact().f1(), EPS);
    }

    @Test
    void overlapIsOneToOneAndIdenticalSpansCountOnce() {
        List<GoldAttribution> gold = List.of(
                new GoldAttribution("E1", null, Region.of(0, 10), null),
                new GoldAttribution("E2", null, Region.of(20, 30), null));
        // One predicted cue over both gold cues matches only one of them; the shared source mention counts once.
        Scores s = score(LETTERS, gold,
                statement(LETTERS, new int[] {100, 120}, new int[] {40, 50}, new int[] {8, 22}),
                statement(LETTERS, new int[] {130, 150}, new int[] {40, 50}, new int[] {8, 22}));

        assertPrf(Prf.oneToOne(1, 1, 2), s.cue().overlap());
        assertEquals(1.0, s.cue().overlap().precision(), EPS);
        assertEquals(0.5, s.cue().overlap().recall(), EPS);
        assertEquals(2.0 / 3, s.cue().overlap().f1(), EPS);
        assertPrf(Prf.oneToOne(0, 1, 0), s.source().overlap());
        assertPrf(Prf.oneToOne(0, 2, 0), s.content().overlap());
    }

    @Test
    void attributionNeedsHalfTheContentAndTheSource() {
        GoldAttribution gold = new GoldAttribution("E1", Region.of(150, 160), null, Region.of(0, 100));
        int[] source = {150, 155};

        // Half of the gold content and an overlapping source: found and correct.
        assertPrf(new Prf(1, 1, 1, 1), score(LETTERS, List.of(gold),
                statement(LETTERS, new int[] {0, 50}, source, null)).attribution());
        // 49 of 100 characters: not found; but it is all inside the gold content, so correct (half the shorter).
        assertPrf(new Prf(1, 1, 0, 1), score(LETTERS, List.of(gold),
                statement(LETTERS, new int[] {0, 49}, source, null)).attribution());
        // A source that only touches the gold source, and a missing source: neither found nor correct.
        assertPrf(new Prf(0, 2, 0, 1), score(LETTERS, List.of(gold),
                statement(LETTERS, new int[] {0, 100}, new int[] {160, 170}, null),
                statement(LETTERS, new int[] {0, 99}, null, null)).attribution());
        // 30 shared characters, less than half of either content: neither found nor correct.
        assertPrf(new Prf(0, 1, 0, 1), score(LETTERS, List.of(gold),
                statement(LETTERS, new int[] {70, 170}, source, null)).attribution());
    }

    @Test
    void attributionWithoutSourceAcceptsAnySource() {
        List<GoldAttribution> gold = List.of(
                new GoldAttribution("E1", null, Region.of(0, 4), Region.of(0, 100)),
                // No content: left out of the attribution level.
                new GoldAttribution("E2", Region.of(150, 160), Region.of(160, 164), null));
        Scores s = score(LETTERS, gold,
                statement(LETTERS, new int[] {0, 100}, null, null),
                statement(LETTERS, new int[] {0, 100}, null, null),
                statement(LETTERS, new int[] {10, 90}, new int[] {180, 190}, null));

        // The two identical statements count once.
        assertPrf(new Prf(2, 2, 1, 1), s.attribution());
    }

    @Test
    void discontinuousGoldSpans() {
        Region gold = new Region(List.of(new Region.Fragment(20, 30), new Region.Fragment(0, 10)));
        GoldAttribution attribution = new GoldAttribution("E1", null, null, gold);

        // [5,25) shares 5 + 5 = 10 of the 20 gold characters: overlaps and is found, but is not exact.
        Scores partial = score(LETTERS, List.of(attribution), statement(LETTERS, new int[] {5, 25}, null, null));
        assertPrf(Prf.oneToOne(1, 1, 1), partial.content().overlap());
        assertPrf(Prf.oneToOne(0, 1, 1), partial.content().exact());
        assertPrf(new Prf(1, 1, 1, 1), partial.attribution());

        // Exact compares the outer bounds [0,30).
        Scores outer = score(LETTERS, List.of(attribution), statement(LETTERS, new int[] {0, 30}, null, null));
        assertPrf(Prf.oneToOne(1, 1, 1), outer.content().exact());

        // [10,20) lies in the gap: no overlap at all.
        Scores gap = score(LETTERS, List.of(attribution), statement(LETTERS, new int[] {10, 20}, null, null));
        assertPrf(Prf.oneToOne(0, 1, 1), gap.content().overlap());
        assertPrf(new Prf(0, 1, 0, 1), gap.attribution());
    }

    @Test
    void scoresAddUpAcrossArticles() {
        GoldAttribution gold = new GoldAttribution("E1", null, null, Region.of(0, 100));
        Scores hit = score(LETTERS, List.of(gold), statement(LETTERS, new int[] {0, 100}, null, null));
        Scores miss = score(LETTERS, List.of(gold), statement(LETTERS, new int[] {120, 130}, null, null));
        Scores none = score(LETTERS, List.of(gold));

        Prf total = hit.plus(miss).plus(none).content().exact();
        assertPrf(Prf.oneToOne(1, 2, 3), total);
        assertEquals(0.5, total.precision(), EPS);
        assertEquals(1.0 / 3, total.recall(), EPS);
        assertEquals(0.4, total.f1(), EPS);
        assertEquals(0.0, Prf.ZERO.f1(), EPS);
    }
}
