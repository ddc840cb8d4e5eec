package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for a participle after an aside. In "The dam will hold, the engineer said, adding that ..." the
 * parser hangs both "said" and "adding" on "hold", so "adding" would speak for "the dam" and the aside's content
 * would run on over the participle's phrase. A bare participle right after a cue verb (past commas) that shares
 * its head is hung on that cue verb instead: the speaker of the aside goes on. Applied by {@link ParseRepairs}.
 */
final class AsideParticiples {
    private AsideParticiples() {
    }

    /** The new head of each participle to re-hang, by token index; empty when the parse needs no repair. */
    static Map<Integer, Integer> newHeads(AnnotatedText at, CueLexicon cues) {
        Map<Integer, Integer> heads = new HashMap<>();
        for (Token p : at.tokens()) {
            if (p.head() >= 0 && ParseWords.isBareParticiple(at, p)) {
                int aside = asideBefore(at, p);
                if (aside >= 0 && cues.isCueVerb(at.token(aside).lemma())) {
                    heads.put(p.index(), aside);
                }
            }
        }
        return heads;
    }

    /** The verb of the aside ending right before the participle ("said", or "said the engineer"), or -1. */
    private static int asideBefore(AnnotatedText at, Token participle) {
        int k = ParseWords.beforeCommas(at, participle.index());
        if (k < 0) {
            return -1; // no comma between: "said adding" is not an aside and its participle
        }
        Token before = at.token(k);
        int verb = before.isVerb() ? k : before.relation().startsWith("nsubj") ? before.head() : -1;
        boolean sibling = verb >= 0 && verb != participle.head() && at.token(verb).head() == participle.head();
        return sibling && at.token(verb).isVerb() ? verb : -1;
    }
}
