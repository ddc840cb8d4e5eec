package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for a speech verb conjoined to the wrong clause. In "Putin forecast that the economy would
 * rebound and praised Kerry's efforts" the parser often makes "praised" a conjunct of "rebound", inside what was
 * forecast, so its speaker would be "the economy" and the forecast would run on over the praise. When a cue verb
 * without a subject of its own is conjoined to a word that is not a cue, inside the complement of a cue verb that
 * has a subject, it is hung on that cue verb instead: two things the same speaker did.
 */
public final class ConjoinedCues {
    /** How far above the conjunct's head the outer cue may sit. */
    private static final int MAX_STEPS = 6;

    private ConjoinedCues() {
    }

    public static AnnotatedText reattach(AnnotatedText at, CueLexicon cues) {
        List<Token> tokens = null;
        for (Token v : at.tokens()) {
            if (!v.relation().equals("conj") || !v.isVerb() || v.head() < 0 || hasSubject(at, v.index())
                    || !cues.isCueVerb(v.lemma())) {
                continue;
            }
            Token head = at.token(v.head());
            if (cues.isCueVerb(head.lemma())) {
                continue;
            }
            int outer = outerCue(at, head, cues);
            if (outer < 0) {
                continue;
            }
            if (tokens == null) {
                tokens = new ArrayList<>(at.tokens());
            }
            tokens.set(v.index(), new Token(v.index(), v.sentence(), v.word(), v.start(), v.end(), v.lemma(), v.pos(),
                    v.ner(), outer, "conj"));
        }
        return tokens == null ? at : new AnnotatedText(at.text(), tokens, at.sentences());
    }

    /** The nearest cue verb with a subject above {@code from}, reached through a clausal complement; -1 if none. */
    private static int outerCue(AnnotatedText at, Token from, CueLexicon cues) {
        boolean throughComplement = false;
        Token current = from;
        for (int step = 0; step < MAX_STEPS && current.head() >= 0; step++) {
            throughComplement |= current.relation().equals("ccomp");
            Token up = at.token(current.head());
            if (throughComplement && up.isVerb() && cues.isCueVerb(up.lemma()) && hasSubject(at, up.index())) {
                return up.index();
            }
            current = up;
        }
        return -1;
    }

    private static boolean hasSubject(AnnotatedText at, int verb) {
        for (int k : at.children(verb)) {
            if (at.token(k).relation().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }
}
