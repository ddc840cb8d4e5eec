package org.corroborate.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBootstrapTest {

    /** Every role and attribution scored with the same counts. */
    private static Scores article(Prf prf) {
        Scores.SpanScores span = new Scores.SpanScores(prf, prf);
        return new Scores(span, span, span, prf);
    }

    @Test
    void identicalArticlesGiveAnIntervalOfOnePoint() {
        Scores one = article(new Prf(6, 8, 6, 10));
        ArticleBootstrap.Intervals i = ArticleBootstrap.of(List.of(one, one, one, one), 200);
        double f1 = one.cue().overlap().f1();
        assertEquals(200, i.resamples());
        assertEquals(f1, i.cue().low(), 1e-12);
        assertEquals(f1, i.cue().high(), 1e-12);
        assertEquals(f1, i.attribution().high(), 1e-12);
    }

    @Test
    void twoOppositeArticlesSpanFromNothingToEverything() {
        // Draws of two: both perfect (F1 1) a quarter of the time, both empty-handed (F1 0) a quarter of the time.
        Scores perfect = article(new Prf(10, 10, 10, 10));
        Scores missed = article(new Prf(0, 10, 0, 10));
        ArticleBootstrap.Intervals i = ArticleBootstrap.of(List.of(perfect, missed), 1000);
        assertEquals(0.0, i.source().low(), 1e-12);
        assertEquals(1.0, i.source().high(), 1e-12);
    }

    @Test
    void theIntervalHoldsTheWholeSampleFigureAndIsTheSameOnEveryRun() {
        List<Scores> articles = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            articles.add(article(new Prf(k % 7, 8, k % 5, 9)));
        }
        Scores all = articles.stream().reduce(Scores.ZERO, Scores::plus);
        ArticleBootstrap.Intervals i = ArticleBootstrap.of(articles, 500);
        double f1 = all.content().overlap().f1();
        assertTrue(i.content().low() < f1 && f1 < i.content().high(), i.toString());
        assertEquals(i, ArticleBootstrap.of(articles, 500));
    }

    @Test
    void oneArticleHasNoIntervalAndNoDrawsIsRefused() {
        assertNull(ArticleBootstrap.of(List.of(article(new Prf(1, 1, 1, 1))), 100));
        assertThrows(IllegalArgumentException.class, () -> ArticleBootstrap.of(List.of(), 0));
    }
}
