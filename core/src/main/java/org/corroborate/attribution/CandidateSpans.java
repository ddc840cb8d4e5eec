package org.corroborate.attribution;

import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/** Writes token ranges into a {@link Candidate}'s character offsets, trimming edge punctuation. */
final class CandidateSpans {
    private CandidateSpans() {
    }

    static void setSource(AnnotatedText at, Candidate c, int[] range, int head) {
        int first = range[0];
        int last = range[1];
        while (first < last && ParseWords.isTrimmable(at.token(first))) {
            first++;
        }
        while (last > first && ParseWords.isTrimmable(at.token(last))) {
            last--;
        }
        c.sourceStart = at.token(first).start();
        c.sourceEnd = at.token(last).end();
        c.sourceHead = head;
    }

    static void setContent(AnnotatedText at, Candidate c, int[] range) {
        int first = range[0];
        int last = range[1];
        while (first <= last && ParseWords.isTrimmable(at.token(first))) {
            first++;
        }
        while (last >= first && ParseWords.isTrimmable(at.token(last))) {
            last--;
        }
        if (first > last) {
            c.contentStart = 0;
            c.contentEnd = 0;
            return;
        }
        c.contentStart = at.token(first).start();
        c.contentEnd = at.token(last).end();
    }

    /** A new candidate with only its cue set: the verb's own tokens in {@code cueRange}. */
    static Candidate cueOnly(AnnotatedText at, Token v, int[] cueRange) {
        Candidate c = new Candidate();
        c.cueStart = at.token(cueRange[0]).start();
        c.cueEnd = at.token(cueRange[1]).end();
        c.cueLemma = v.lemma();
        c.cueToken = v.index();
        return c;
    }
}
