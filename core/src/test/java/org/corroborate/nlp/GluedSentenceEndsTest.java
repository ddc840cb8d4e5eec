package org.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sentences whose space after the period was lost in scraping ("said.Brede claimed"). */
class GluedSentenceEndsTest {

    private static AnnotatedText annotate(String text) {
        return CoreNlpPipeline.shared().annotate(text, sentence -> false);
    }

    @Test
    void wordPeriodCapitalisedWordIsTwoSentences() {
        String text = "The port stays shut, the harbour master said.Brede claimed the ferry would sail.";
        AnnotatedText at = annotate(text);
        assertEquals(2, at.sentences().size());
        assertEquals("Brede", at.token(at.sentences().get(1).firstToken()).word());
        assertTrue(at.tokens().stream().anyMatch(t -> t.word().equals("said")));
        for (Token t : at.tokens()) {
            assertEquals(text.substring(t.start(), t.end()), t.word(), "offsets must map to the text");
        }
    }

    @Test
    void abbreviationsAndNamesKeepTheirPeriod() {
        assertEquals(1, annotate("Mr.Smith met the U.S.Army envoy in St.Louis on Friday.").sentences().size());
        assertEquals(1, annotate("It was Lund vs.Borg at the final.").sentences().size());
        assertEquals(1, annotate("Read more at www.harbour-news.org today.").sentences().size());
    }
}
