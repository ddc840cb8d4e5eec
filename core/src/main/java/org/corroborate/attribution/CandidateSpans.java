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
        last = throughClosingParenthesis(at, first, last);
        c.sourceStart = at.token(first).start();
        c.sourceEnd = at.token(last).end();
        c.sourceHead = head;
    }

    /**
     * "Sen. Lindsey Graham (R-S.C.)": a source that opens a parenthesis ends where it closes, even when the
     * parser left the closing mark (and the abbreviation's period) out of the source's phrase.
     */
    private static int throughClosingParenthesis(AnnotatedText at, int first, int last) {
        int open = -1;
        for (int k = first; k <= last; k++) {
            if (ParseWords.isOpeningParenthesis(at.token(k))) {
                open = k;
            } else if (ParseWords.isClosingParenthesis(at.token(k))) {
                open = -1;
            }
        }
        if (open < 0) {
            return last;
        }
        int end = at.sentenceOf(at.token(last)).endToken();
        for (int k = last + 1; k < end && k <= last + 2; k++) {
            if (ParseWords.isClosingParenthesis(at.token(k))) {
                return k;
            }
            if (!at.token(k).word().equals(".")) {
                return last;
            }
        }
        return last;
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
