package org.corroborate.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Cue;
import org.corroborate.model.SourceMention;
import org.corroborate.model.SourceType;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;
import org.corroborate.model.StatementKind;
import org.junit.jupiter.api.Test;

/** Runs whole evaluations over the made-up fixture corpus with stand-in analyzers. */
class PolnearEvaluationTest {

    /** Answers with the gold attributions themselves, contents taken from first start to last end. */
    private static final Function<Article, Analysis> ORACLE = article -> {
        GoldArticle gold = PolnearCorpus.read(PolnearCorpusFixtureTest.fixture(), "dev").get(0);
        String text = article.text();
        List<Statement> statements = new ArrayList<>();
        for (GoldAttribution g : gold.attributions()) {
            if (g.content() == null) {
                continue;
            }
            SourceMention source = g.source() == null ? new SourceMention("", -1, -1, "", SourceType.UNKNOWN, "")
                    : new SourceMention(g.source().text(text), g.source().start(), g.source().end(), "",
                            SourceType.UNKNOWN, "");
            Cue cue = g.cue() == null ? null : new Cue(g.cue().text(text), g.cue().start(), g.cue().end(), "");
            statements.add(new Statement(StatementKind.INDIRECT, Span.of(text, g.content().start(),
                    g.content().end()), cue, source, List.of(), "oracle"));
        }
        return Analysis.of(article, statements, List.of());
    };

    @Test
    void oracleScoresFullMarks() throws Exception {
        PolnearResult r = PolnearEvaluation.run(PolnearCorpusFixtureTest.fixture(), "dev", ORACLE, 0, 2);

        assertEquals(1, r.articles());
        assertEquals(0, r.failed());
        assertEquals(new PolnearResult.Counts(6, 4, 5, 5), r.gold());
        assertEquals(new PolnearResult.Counts(5, 4, 5, 5), r.predicted());
        for (Scores.SpanScores s : List.of(r.scores().source(), r.scores().cue(), r.scores().content())) {
            assertEquals(1.0, s.exact().f1(), 1e-9);
            assertEquals(1.0, s.overlap().f1(), 1e-9);
        }
        assertEquals(new Prf(5, 5, 5, 5), r.scores().attribution());

        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertEquals("dev", json.get("split").asText());
        assertEquals(0, json.get("failed").asInt());
        assertEquals(1.0, json.at("/scores/attribution/f1").asDouble(), 1e-9);
        assertTrue(r.toTable().contains("attribution"), r.toTable());
        // The fixture split has one article: nothing to resample.
        assertNull(r.intervals());
        assertTrue(json.get("intervals").isNull());
        assertFalse(r.toTable().contains("interval"), r.toTable());
    }

    @Test
    void aFailingArticleIsCountedAndScoredAsEmpty() {
        PolnearResult r = PolnearEvaluation.run(PolnearCorpusFixtureTest.fixture(), "dev", article -> {
            throw new IllegalStateException("boom");
        }, 0, 0);

        assertEquals(1, r.articles());
        assertEquals(1, r.failed());
        assertTrue(r.failures().get(0).error().contains("boom"));
        assertEquals(new Prf(0, 0, 0, 5), r.scores().attribution());
        assertTrue(r.toTable().contains("failed: demo_2020-01-01_council-approves-bridge"), r.toTable());
    }
}
