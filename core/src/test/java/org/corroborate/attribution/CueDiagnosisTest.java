package org.corroborate.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corroborate.nlp.CoreNlpPipeline;
import org.junit.jupiter.api.Test;

/** The reasons the PolNeAR error listing gives for a missed cue, on sentences of our own. */
class CueDiagnosisTest {
    private static final String TEXT = "The ferry sailed late again on Tuesday. "
            + "The harbour master said the engines had failed twice this month. "
            + "Her claim that the engines failed was not disputed. "
            + "The crew painted the hull in the spring, the harbour master said.";

    private static String reason(String words) {
        int start = TEXT.indexOf(words);
        return new CueDiagnosis(CoreNlpPipeline.shared()).of(TEXT).reason(start, start + words.length());
    }

    @Test
    void aSentenceWithNoCueWordIsNotParsed() {
        assertEquals("not-parsed", reason("sailed late"));
    }

    @Test
    void aNounCannotHeadACue() {
        assertEquals("no-candidate", reason("claim"));
    }

    @Test
    void theModelAcceptsSaidWithAClause() {
        assertTrue(reason("said the engines").startsWith("model-accepted p="), reason("said the engines"));
    }

    @Test
    void theModelRejectsAnOrdinaryVerbInAParsedSentence() {
        assertTrue(reason("painted").startsWith("model-rejected p=0."), reason("painted"));
    }
}
