package org.corroborate.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.NlpPipeline;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.junit.jupiter.api.Test;

/** The repairs on a hand-built parse, so that a parser's whims cannot hide what they do. */
class ParseRepairsTest {
    /**
     * "records refuses to release", with "refuses" hung as an auxiliary under a relative clause of "records": the
     * first version of the demoted-cue repair hung "refuses" on "records" and "records" on "refuses", a cycle in
     * which every walk up the heads ran for ever.
     */
    @Test
    void aRepairNeverLeavesACycleInTheTree() {
        String text = "records refuses to release";
        List<Token> tokens = List.of(
                new Token(0, 0, "records", 0, 7, "record", "NNS", "O", -1, "root"),
                new Token(1, 0, "refuses", 8, 15, "refuse", "VBZ", "O", 3, "aux"),
                new Token(2, 0, "to", 16, 18, "to", "TO", "O", 3, "mark"),
                new Token(3, 0, "release", 19, 26, "release", "VB", "O", 0, "acl:relcl"));
        AnnotatedText parsed = new AnnotatedText(text, tokens, List.of(new Sentence(0, 0, 4, 0, 26)));
        NlpPipeline fixed = (t, selector) -> parsed;
        AnnotatedText repaired = ParseRepairs.read(fixed, text, new CueLexicon(), List.of());
        for (Token t : repaired.tokens()) {
            int k = t.head();
            for (int steps = 0; k >= 0; steps++, k = repaired.token(k).head()) {
                int token = t.index();
                assertTrue(k != token && steps <= tokens.size(), () -> "cycle through token " + token);
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> repaired.subtreeRange(0, x -> false));
    }
}
