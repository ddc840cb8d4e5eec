package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for an aside hung under the participle after it. In '"The town will be fine," the mayor said,
 * adding that ...' the parser can make "adding" the main verb, with "said" and the quote hanging on it, so the
 * participle seems to have no speaker. When a bare participle right after a cue verb (past commas) is that verb's
 * head, the two trade places: the cue verb takes the participle's place and what hung before it, and the
 * participle hangs on the cue verb, as {@link AsideParticiples} leaves it. Applied by {@link ParseRepairs}.
 */
final class RaisedParticiples {
    private RaisedParticiples() {
    }

    /** The new place of each token to move, by token index; empty when no sentence needs it. */
    static Map<Integer, ParseRepairs.Edge> newEdges(AnnotatedText at, CueLexicon cues) {
        Map<Integer, ParseRepairs.Edge> edges = new HashMap<>();
        for (Token p : at.tokens()) {
            int aside = asideBelow(at, p);
            if (aside < 0 || !cues.isSpeechVerb(at.token(aside).lemma()) || !ParseWords.isBareParticiple(at, p)) {
                continue;
            }
            edges.put(aside, new ParseRepairs.Edge(p.head(), p.relation()));
            edges.put(p.index(), new ParseRepairs.Edge(aside, "advcl"));
            for (int k : at.children(p.index())) {
                if (k < aside) {
                    String rel = at.token(k).relation();
                    boolean clause = rel.equals("dep") || rel.equals("parataxis") || rel.equals("ccomp");
                    edges.put(k, new ParseRepairs.Edge(aside, clause ? "ccomp" : rel));
                }
            }
        }
        return edges;
    }

    /** The verb of the aside ending right before the participle, past commas, when it hangs on it; -1 otherwise. */
    private static int asideBelow(AnnotatedText at, Token participle) {
        int k = ParseWords.beforeCommas(at, participle.index());
        return k >= 0 && at.token(k).isVerb() && at.token(k).head() == participle.index()
                && ParseWords.hasSubject(at, k) ? k : -1;
    }
}
