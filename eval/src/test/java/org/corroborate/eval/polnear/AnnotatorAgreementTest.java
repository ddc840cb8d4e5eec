package org.corroborate.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** On the fixture, annotator bbbb marked one of the five attributions annotator aaaa marked, identically. */
class AnnotatorAgreementTest {

    @Test
    void readsEveryAnnotationOfAnArticleAnnotatedTwice() {
        List<List<GoldArticle>> articles = PolnearCorpus.readMultiplyAnnotated(PolnearCorpusFixtureTest.fixture(), "dev");
        assertEquals(1, articles.size());
        assertEquals(List.of("aaaa", "bbbb"), articles.get(0).stream().map(GoldArticle::annotator).toList());
    }

    @Test
    void scoresTheLaterAnnotatorAgainstTheFirst() {
        PolnearResult result = AnnotatorAgreement.run(PolnearCorpusFixtureTest.fixture(), "dev");
        assertEquals(1, result.articles());
        Prf cue = result.scores().cue().overlap();
        // bbbb's one cue ("said") is aaaa's first; aaaa has five distinct cues.
        assertEquals(new Prf(1, 1, 1, 5), cue);
        assertEquals(1.0, cue.precision(), 1e-9);
        assertEquals(0.2, cue.recall(), 1e-9);
        assertEquals(new Prf(1, 1, 1, 5), result.scores().attribution());
    }
}
