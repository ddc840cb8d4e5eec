package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for a cue verb hung inside another cue's complement. In "Putin forecast that the economy would
 * rebound and praised Kerry's efforts" the parser often makes "praised" a conjunct of "rebound", inside what was
 * forecast, so its speaker would be "the economy" and the forecast would run on over the praise; in "Brede argued
 * that a register would keep boats out, saying it is ..." it hangs "saying" on "keep", so "a register" would speak.
 * When a cue verb without a subject of its own, conjoined or a bare participle after a comma, hangs on a word that
 * is not a cue (or on one whose subject cannot speak), inside the complement of a cue verb that has a subject, it
 * is hung on that cue verb instead: two things the same speaker did. Applied by {@link ParseRepairs}.
 */
final class InnerCues {
    /** How far above the conjunct's head the outer cue may sit. */
    private static final int MAX_STEPS = 6;

    private InnerCues() {
    }

    /** The new head of each cue verb to re-hang, by token index; empty when the parse needs no repair. */
    static Map<Integer, Integer> newHeads(AnnotatedText at, CueLexicon cues) {
        Map<Integer, Integer> heads = new HashMap<>();
        for (Token v : at.tokens()) {
            if (!(v.relation().equals("conj") || ParseWords.isCommaParticiple(at, v)) || !v.isVerb() || v.head() < 0
                    || ParseWords.hasSubject(at, v.index()) || !cues.isCueVerb(v.lemma())) {
                continue;
            }
            Token head = at.token(v.head());
            if (cues.isCueVerb(head.lemma()) && !hasMuteSubject(at, head)) {
                continue; // the participle or conjunct goes on with the head's own statement
            }
            int outer = outerCue(at, head, cues);
            if (outer >= 0) {
                heads.put(v.index(), outer);
            }
        }
        return heads;
    }

    /**
     * "warned that the incident could foreshadow ..., remarking that ...": a verb whose subject cannot speak is
     * no speaker's cue, even when its lemma sometimes is one.
     */
    private static boolean hasMuteSubject(AnnotatedText at, Token verb) {
        for (int k : at.children(verb.index())) {
            Token c = at.token(k);
            if (c.relation().startsWith("nsubj") && !SpeakerNouns.mayBeSpeaker(c)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest cue verb with a subject above {@code from}, reached through a clausal complement; -1 if none. */
    private static int outerCue(AnnotatedText at, Token from, CueLexicon cues) {
        boolean throughComplement = false;
        Token current = from;
        for (int step = 0; step < MAX_STEPS && current.head() >= 0; step++) {
            throughComplement |= current.relation().equals("ccomp") || current.relation().equals("xcomp");
            Token up = at.token(current.head());
            if (throughComplement && up.isVerb() && cues.isCueVerb(up.lemma())
                    && ParseWords.hasSubject(at, up.index())) {
                return up.index();
            }
            current = up;
        }
        return -1;
    }
}
