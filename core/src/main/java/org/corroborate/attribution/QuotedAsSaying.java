package org.corroborate.attribution;

import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * "The agency quoted the minister as saying the border would stay closed" and "Brede was quoted by the Herald as
 * saying the boats were safe": the one quoted speaks, and the one who quoted passes it on (a link in the chain,
 * as with "citing"). The parser hangs "as saying" every which way (a marker, a discourse word), so the shape is
 * read from the words: the verb "quote", then "as" and a participle of saying or telling in the same sentence.
 */
final class QuotedAsSaying {
    /** How many words may stand between "quoted" and "as saying" (the one quoted, a by-phrase). */
    private static final int MAX_GAP = 10;

    private QuotedAsSaying() {
    }

    /** The statement, or null when the verb is not "quote ... as saying" or no speaker is found. */
    static Candidate read(AnnotatedText at, Token quoted) {
        if (!quoted.lemma().equalsIgnoreCase("quote")) {
            return null;
        }
        int saying = asSaying(at, quoted);
        if (saying < 0) {
            return null;
        }
        int speaker = -1;
        int agent = ParseWords.byAgent(at, quoted.index());
        int passer = agent >= 0 && agent < saying ? agent : -1; // "was quoted by the Herald as saying"
        for (int k : at.children(quoted.index())) {
            String rel = at.token(k).relation();
            if (rel.equals("nsubj:pass") || rel.equals("obj") && k < saying) {
                speaker = k;
            } else if (rel.equals("nsubj")) {
                passer = k;
            }
        }
        int end = at.sentenceOf(quoted).endToken() - 1;
        int first = ParseWords.pastThat(at, saying + 1);
        if (speaker < 0 || first > end) {
            return null;
        }
        Candidate c = CandidateSpans.cueOnly(at, quoted, ParseWords.cueRange(at, quoted));
        CandidateSpans.setSource(at, c, nounPhrase(at, speaker), speaker);
        if (passer >= 0) {
            int[] via = nounPhrase(at, passer);
            c.via.add(new int[]{at.token(via[0]).start(), at.token(via[1]).end(), passer});
        }
        CandidateSpans.setContent(at, c, new int[]{first, ParseWords.lastBeforePunctuation(at, first, end)});
        c.rule = "quoted-as-saying";
        return c.contentStart < c.contentEnd ? c : null;
    }

    /** The index of "saying" (or "telling") right after an "as" a few words after the verb; -1 if none. */
    private static int asSaying(AnnotatedText at, Token quoted) {
        int end = Math.min(at.sentenceOf(quoted).endToken() - 1, quoted.index() + MAX_GAP);
        for (int k = quoted.index() + 1; k < end; k++) {
            Token next = at.token(k + 1);
            boolean speaking = next.pos().equals("VBG")
                    && (next.lemma().equalsIgnoreCase("say") || next.lemma().equalsIgnoreCase("tell"));
            if (at.token(k).word().equalsIgnoreCase("as") && speaking) {
                return k + 1;
            }
        }
        return -1;
    }

    private static int[] nounPhrase(AnnotatedText at, int head) {
        return at.subtreeRange(head, k -> ParseWords.isEdgePunct(at, k) || at.token(k).relation().equals("case"));
    }
}
