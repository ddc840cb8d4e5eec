package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for a speech participle hung on the noun before it. In "Aaland praised the old mayor, telling
 * the Tribune: ..." the parser makes "telling" describe "mayor", so the mayor would seem to do the telling. Set
 * off by a comma, a participle that tells someone or says something speaks for the clause: when it is a cue verb
 * with an object or clause of its own and hangs on the object or oblique noun of a verb, it is hung on that verb
 * as an adverbial clause. Without the comma ("voters telling their stories") it describes the noun and stays.
 * Applied by {@link ParseRepairs}.
 */
final class ObjectParticiples {
    private ObjectParticiples() {
    }

    /** The new place of each participle to move, by token index; empty when no sentence needs it. */
    static Map<Integer, ParseRepairs.Edge> newEdges(AnnotatedText at, CueLexicon cues) {
        Map<Integer, ParseRepairs.Edge> edges = new HashMap<>();
        for (Token p : at.tokens()) {
            if (!p.relation().equals("acl") || p.head() < 0 || p.head() > p.index()
                    || !ParseWords.isBareParticiple(at, p) || !ParseWords.afterComma(at, p.index())
                    || !cues.isSpeechVerb(p.lemma()) || !saysSomething(at, p)) {
                continue;
            }
            Token noun = at.token(p.head());
            boolean ofVerb = noun.head() >= 0 && at.token(noun.head()).isVerb()
                    && (noun.relation().equals("obj") || noun.relation().equals("obl"));
            if (ofVerb) {
                edges.put(p.index(), new ParseRepairs.Edge(noun.head(), "advcl"));
            }
        }
        return edges;
    }

    private static boolean saysSomething(AnnotatedText at, Token p) {
        for (int k : at.children(p.index())) {
            String rel = at.token(k).relation();
            if (k > p.index() && (rel.equals("obj") || rel.equals("iobj") || rel.equals("ccomp")
                    || rel.equals("parataxis"))) {
                return true;
            }
        }
        return false;
    }
}
