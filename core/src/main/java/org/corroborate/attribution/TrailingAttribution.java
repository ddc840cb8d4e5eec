package org.corroborate.attribution;

import java.util.Set;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;
import org.corroborate.text.Lexicon;

/**
 * "..., local leaders said Friday afternoon, as they ...", "..., said Batchelder.": an attribution tacked on after
 * a comma, which the parser often hangs on a noun of the sentence (as if "said" described "Batchelder"). Read
 * from the surface: the source is the noun phrase between the comma and the cue (or right after the cue), the
 * content everything before the comma.
 */
final class TrailingAttribution {
    /** Relations that show the parser did not see the cue as a clause of its own. */
    private static final Set<String> MISATTACHED = Set.of("amod", "acl", "appos", "conj", "dep", "compound", "nmod");
    /** At most this many words ("Friday afternoon", "in a statement") may follow the cue before the clause ends. */
    private static final int MAX_TAIL = 5;

    /**
     * Verbs of saying that take no object of their own ({@code objectless-saying-verbs.txt}), so that after "The
     * rejection signals the end," the words after "said" can only be its speaker.
     */
    private static final Lexicon OBJECTLESS_SAYING = Lexicon.load("objectless-saying-verbs.txt");

    private TrailingAttribution() {
    }

    static boolean applies(Token v) {
        return ParseWords.isFinite(v) && MISATTACHED.contains(v.relation());
    }

    /**
     * "..., noted NBC's Dante Chinni.": right after a comma, with no subject or clause of its own, the parser took
     * the speaker after the cue for its object.
     */
    static boolean speakerParsedAsObject(AnnotatedText at, Token v) {
        int cue = v.index();
        if (cue == 0 || !isComma(at, cue - 1) || !ParseWords.isFinite(v)) {
            return false; // "..., suggesting a few questions": a participle's object is its own
        }
        // "The rejection signals the end, said Geert Holm": the parser may make the clause's subject the cue's
        boolean subjectBefore = OBJECTLESS_SAYING.contains(v.lemma()) && subjectBeforeComma(at, cue);
        boolean objectAfter = false;
        for (int k : at.children(cue)) {
            String rel = at.token(k).relation();
            if (rel.startsWith("nsubj") && subjectBefore && k < cue - 1) {
                continue;
            }
            if (rel.startsWith("nsubj") || rel.equals("ccomp") || rel.equals("xcomp")) {
                return false;
            }
            int[] object = at.subtreeRange(k, x -> false);
            objectAfter |= rel.equals("obj") && object[0] == cue + 1
                    && (!subjectBefore || SpeakerNouns.mayBeSpeaker(at.token(k)) && endsPhrase(at, object[1] + 1));
        }
        return objectAfter;
    }

    /** The candidate, or null when the words around the cue do not have this shape. */
    static Candidate read(AnnotatedText at, Token v) {
        var sentence = at.sentenceOf(v);
        int first = sentence.firstToken();
        int cue = v.index();
        int k = cue - 1;
        while (k >= first && ParseWords.isNounPhraseWord(at.token(k))) {
            k--;
        }
        int comma;
        int[] source;
        if (k < cue - 1 && k > first && isComma(at, k)) {
            comma = k;
            source = new int[]{k + 1, cue - 1, ParseWords.nounHead(at, k + 1, cue - 1)};
        } else if (cue - 1 > first && isComma(at, cue - 1)) {
            comma = cue - 1;
            source = Speakers.invertedSubject(at, cue, cue);
        } else {
            return null;
        }
        if (source == null || !endsSoon(at, Math.max(cue, source[1]) + 1, sentence.endToken())) {
            return null;
        }
        Candidate c = CandidateSpans.cueOnly(at, v, new int[]{cue, cue});
        CandidateSpans.setSource(at, c, new int[]{source[0], source[1]}, source[2]);
        CandidateSpans.setContent(at, c, new int[]{first, comma - 1});
        c.rule = "trailing-cue";
        return c.contentStart < c.contentEnd ? c : null;
    }

    /** Only a few words, then a comma or the end of the sentence. */
    private static boolean endsSoon(AnnotatedText at, int from, int sentenceEnd) {
        for (int k = from; k < sentenceEnd && k < from + MAX_TAIL + 1; k++) {
            if (ParseWords.isClauseBreak(at.token(k)) || ParseWords.isQuoteMark(at.token(k))) {
                return true;
            }
        }
        return from >= sentenceEnd;
    }

    private static boolean subjectBeforeComma(AnnotatedText at, int cue) {
        for (int k : at.children(cue)) {
            if (at.token(k).relation().startsWith("nsubj") && k < cue - 1) {
                return true;
            }
        }
        return false;
    }

    /** A comma, the sentence's last punctuation or its end right after a phrase: "..., said Doyle and others, ...". */
    private static boolean endsPhrase(AnnotatedText at, int k) {
        if (k >= at.tokens().size()) {
            return true;
        }
        Token t = at.token(k);
        return t.sentence() != at.token(k - 1).sentence() || t.word().equals(",") || t.relation().equals("punct")
                && at.sentenceOf(t).endToken() == k + 1;
    }

    private static boolean isComma(AnnotatedText at, int k) {
        return at.token(k).word().equals(",");
    }
}
