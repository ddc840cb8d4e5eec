package org.corroborate.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** "He's argued that it is unsafe", parsed as the passive "he is argued": a perfect with a clause is active. */
    @Test
    void aContractedPerfectWithAClauseIsActive() {
        String text = "He\u2019s argued that it is unsafe";
        List<Token> tokens = List.of(
                new Token(0, 0, "He", 0, 2, "he", "PRP", "O", 2, "nsubj:pass"),
                new Token(1, 0, "\u2019s", 2, 4, "be", "VBZ", "O", 2, "aux:pass"),
                new Token(2, 0, "argued", 5, 11, "argue", "VBN", "O", -1, "root"),
                new Token(3, 0, "that", 12, 16, "that", "IN", "O", 6, "mark"),
                new Token(4, 0, "it", 17, 19, "it", "PRP", "O", 6, "nsubj"),
                new Token(5, 0, "is", 20, 22, "be", "VBZ", "O", 6, "cop"),
                new Token(6, 0, "unsafe", 23, 29, "unsafe", "JJ", "O", 2, "ccomp"));
        AnnotatedText parsed = new AnnotatedText(text, tokens, List.of(new Sentence(0, 0, 7, 0, 29)));
        AnnotatedText repaired = ParseRepairs.read((t, selector) -> parsed, text, new CueLexicon(), List.of());
        assertEquals("nsubj", repaired.token(0).relation());
        assertEquals("aux", repaired.token(1).relation());
        assertEquals(2, repaired.token(0).head());
        assertEquals("nsubj", repaired.token(4).relation(), "the clause's own subject is left alone");
    }
}
