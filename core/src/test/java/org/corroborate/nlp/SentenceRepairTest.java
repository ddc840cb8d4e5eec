package org.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sentence breaks after "a.m." and "p.m.", which CoreNLP's splitter misses. */
class SentenceRepairTest {

    private static AnnotatedText annotate(String text) {
        return CoreNlpPipeline.shared().annotate(text, sentence -> false);
    }

    @Test
    void timeAbbreviationBeforeACapitalisedWordEndsTheSentence() {
        String text = "The alarm sounded shortly after 11 p.m. Witnesses saw smoke over the quay.";
        AnnotatedText at = annotate(text);
        assertEquals(2, at.sentences().size());
        assertEquals("Witnesses", at.token(at.sentences().get(1).firstToken()).word());
        for (Token t : at.tokens()) {
            assertEquals(text.substring(t.start(), t.end()), t.word());
        }
    }

    @Test
    void dayOrTimeZoneAfterTheTimeKeepsTheSentenceWhole() {
        assertEquals(1, annotate("The hearing starts at 9 a.m. Monday in the town hall.").sentences().size());
        assertEquals(1, annotate("Polls close at 8 p.m. Eastern on election day.").sentences().size());
        assertEquals(1, annotate("The ferry left at 6 a.m. and returned at noon.").sentences().size());
    }

    @Test
    void lowerCaseAfterAQuotedQuestionContinuesTheSentence() {
        assertEquals(1, annotate("\"Why close the quay now?\" she asked the council.").sentences().size());
        assertEquals(2, annotate("\"Why close the quay now?\" The council had no answer.").sentences().size());
        assertEquals(2, annotate("\"Why close the quay now?\"\n\nshe asked the council.").sentences().size());
    }
}
