package org.corroborate.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the made-up fixture under src/test/resources/polnear-fixture, laid out like the real corpus. */
class PolnearCorpusFixtureTest {

    static Path fixture() {
        try {
            return Path.of(PolnearCorpusFixtureTest.class.getResource("/polnear-fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GoldArticle article() {
        List<GoldArticle> articles = PolnearCorpus.read(fixture(), "dev");
        assertEquals(1, articles.size());
        return articles.get(0);
    }

    @Test
    void trainingReadsTheNamedSplitsAndNeverTest() {
        assertEquals(1, PolnearCorpus.readForTraining(fixture(), List.of("dev")).size());
        IllegalArgumentException onTest = assertThrows(IllegalArgumentException.class,
                () -> PolnearCorpus.readForTraining(fixture(), List.of("dev", "test")));
        assertTrue(onTest.getMessage().contains("'test'"), onTest.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PolnearCorpus.checkTrainingSplits(List.of()));
        assertThrows(IllegalArgumentException.class, () -> PolnearCorpus.checkTrainingSplits(List.of("dev", "dev")));
        assertThrows(IllegalArgumentException.class, () -> PolnearCorpus.checkTrainingSplits(List.of("Train")));
    }

    @Test
    void usesTheFirstAnnotatorInNameOrder() {
        GoldArticle a = article();
        assertEquals("demo_2020-01-01_council-approves-bridge", a.id());
        assertEquals("aaaa", a.annotator());
        // E1..E6 of annotator aaaa (bbbb has one); Discard, Discuss, notes and the stray line add nothing.
        assertEquals(6, a.attributions().size());
    }

    @Test
    void convertsCodePointOffsetsPastAnEmoji() {
        GoldArticle a = article();
        GoldAttribution e1 = a.attributions().get(0);
        // The .ann says 92 (code points); the emoji in the title takes two UTF-16 units, so Java's index is 93.
        assertEquals(93, e1.source().start());
        assertEquals("officials", e1.source().text(a.text()));
        assertEquals("said", e1.cue().text(a.text()));
        assertEquals("The city council voted on Monday to build a new bridge", e1.content().text(a.text()));
    }

    @Test
    void readsDiscontinuousSpansAndSecondContents() {
        GoldArticle a = article();
        GoldAttribution e2 = a.attributions().get(1);
        assertEquals(2, e2.content().fragments().size());
        assertEquals("\u201cIt is overdue.\u201d", a.text().substring(e2.content().fragments().get(1).start(),
                e2.content().end()));

        GoldAttribution e5 = a.attributions().get(4);
        assertEquals("\"We are ready,\" \"and the crews are hired.\"", e5.content().text(a.text()));
        assertEquals("the office", e5.source().text(a.text()));
    }

    @Test
    void readsAttributionsWithoutSourceOrArguments() {
        GoldArticle a = article();
        GoldAttribution e4 = a.attributions().get(3);
        assertNull(e4.source());
        assertEquals("is expected", e4.cue().text(a.text()));
        assertEquals("The project to cost 40 million euros", e4.content().text(a.text()));

        GoldAttribution e6 = a.attributions().get(5);
        assertEquals("E6", e6.id());
        assertNull(e6.source());
        assertNull(e6.cue());
        assertNull(e6.content());
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        String ann = "T1\tSource 0 40\tmuch longer than the text\nE1\tAttribution:T1 Source:T1\n";
        assertThrows(IllegalArgumentException.class, () -> BratReader.read(ann, "short"));
    }

    @Test
    void rejectsUnknownSplits() {
        assertThrows(IllegalArgumentException.class, () -> PolnearCorpus.read(fixture(), "validation"));
    }
}
