package org.corroborate.attribution;

import java.util.Locale;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * Statements whose source is named in a phrase rather than by a verb's subject: "according to X, Y", "Y,
 * according to X", "As reported by X, Y" and "Y, as first reported by X". They are read from the surface, because
 * the parser attaches such phrases in many ways (for "As reported by" it often makes "As" the root of a fragment).
 * X runs to the next comma, dash or the sentence end; the content is the longer rest of the sentence, or, for an
 * aside between dashes ("Y – as described by X – Z"), what the aside follows.
 */
final class SourcePhrases {
    private final CueLexicon cues;

    SourcePhrases(CueLexicon cues) {
        this.cues = cues;
    }

    /** Whether such a phrase opens at {@code t} ("according" or "as"). */
    boolean opensAt(AnnotatedText at, Token t) {
        return isAccordingTo(at, t) || asReportedBy(at, t) >= 0;
    }

    /** Whether {@code t} is the verb of an "as reported by" phrase, which is read with its "as". */
    boolean isPhraseVerb(AnnotatedText at, Token t) {
        for (int back = 1; back <= 2; back++) { // "as reported by", "as first reported by"
            int k = t.index() - back;
            if (k >= 0 && asReportedBy(at, at.token(k)) == t.index() + 1) {
                return true;
            }
        }
        return false;
    }

    /** The statement of the phrase opening at {@code t}, or null when it has no source or no content. */
    Candidate read(AnnotatedText at, Token t) {
        if (isAccordingTo(at, t)) {
            return read(at, t, t.index() + 1, "according to");
        }
        int by = asReportedBy(at, t);
        return by < 0 ? null : read(at, t, by, at.token(by - 1).lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isAccordingTo(AnnotatedText at, Token t) {
        return t.word().equalsIgnoreCase("according") && t.index() + 1 < at.tokens().size()
                && at.token(t.index() + 1).word().equalsIgnoreCase("to");
    }

    /**
     * The index of "by" when {@code as} opens "as (first) reported by" with a verb of saying from the hand list
     * ("reported", "described", "noted"), -1 otherwise.
     */
    private int asReportedBy(AnnotatedText at, Token as) {
        if (!as.word().equalsIgnoreCase("as")) {
            return -1;
        }
        int end = at.sentenceOf(as).endToken();
        int k = as.index() + 1;
        if (k < end && (at.token(k).pos().equals("RB") || at.token(k).word().equalsIgnoreCase("first"))) {
            k++; // "as previously reported by", "as first reported by" (the tagger reads "first" as an adjective)
        }
        boolean reported = k + 1 < end && at.token(k).pos().equals("VBN") && cues.isSpeechVerb(at.token(k).lemma());
        return reported && at.token(k + 1).word().equalsIgnoreCase("by") ? k + 1 : -1;
    }

    /** The cue runs from {@code first} ("according", "as") to {@code last} ("to", "by"); the source follows. */
    private static Candidate read(AnnotatedText at, Token first, int last, String lemma) {
        var sentence = at.sentenceOf(first);
        int srcFirst = last + 1;
        int srcLast = srcFirst;
        while (srcLast + 1 < sentence.endToken() && !ParseWords.isClauseBreak(at.token(srcLast + 1))
                && !ParseWords.isDash(at.token(srcLast + 1))) {
            srcLast++;
        }
        if (srcFirst >= sentence.endToken()) {
            return null;
        }
        Candidate c = new Candidate();
        c.cueStart = first.start();
        c.cueEnd = at.token(last).end();
        c.cueLemma = lemma;
        c.cueToken = first.index();
        CandidateSpans.setSource(at, c, new int[]{srcFirst, srcLast}, ParseWords.nounHead(at, srcFirst, srcLast));
        int before = first.index() - sentence.firstToken();
        int after = sentence.endToken() - 1 - srcLast;
        boolean dashAside = before > 0 && ParseWords.isDash(at.token(first.index() - 1))
                && srcLast + 1 < sentence.endToken() && ParseWords.isDash(at.token(srcLast + 1));
        int[] content = before >= after || dashAside ? new int[]{sentence.firstToken(), first.index() - 1}
                : new int[]{srcLast + 1, ParseWords.lastBeforePunctuation(at, srcLast + 1, sentence.endToken() - 1)};
        CandidateSpans.setContent(at, c, content);
        c.rule = "according-to";
        return c.contentStart < c.contentEnd ? c : null;
    }
}
