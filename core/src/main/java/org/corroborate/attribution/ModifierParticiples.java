package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for a speech participle that the parser took for part of the noun phrase after it. Examples:
 * <ul>
 *   <li>"Kasich ended his campaign, telling supporters that ...": "telling" becomes an adjective of
 *   "supporters", and the clause hangs on "ended".</li>
 *   <li>"..., saying airstrikes have failed": "saying" becomes an adjective of the clause's subject.</li>
 *   <li>"..., adding the U.S. must act": "adding" becomes the subject of "act" (clausal or plain).</li>
 * </ul>
 * A participle like that, set off by a comma, heads the clause after it. So it is hung on the verb that the clause
 * hangs on, as an adverbial clause, and it takes the clause. For "telling" it also takes the addressee and the
 * clause the parser hung beside the addressee. Applied by {@link ParseRepairs}.
 */
final class ModifierParticiples {
    private ModifierParticiples() {
    }

    /** The new place of each token to move, by token index; empty when no sentence needs it. */
    static Map<Integer, ParseRepairs.Edge> newEdges(AnnotatedText at, CueLexicon cues) {
        Map<Integer, ParseRepairs.Edge> edges = new HashMap<>();
        for (Token p : at.tokens()) {
            if (p.head() <= p.index() || !ParseWords.isBareParticiple(at, p)
                    || !ParseWords.afterComma(at, p.index()) || !cues.isSpeechVerb(p.lemma())) {
                continue;
            }
            if (p.relation().equals("amod")) {
                modifierOfNoun(at, p, at.token(p.head()), edges);
            } else if (p.relation().equals("csubj") || p.relation().equals("nsubj")) {
                subjectOfClause(at, p, at.token(p.head()), edges);
            }
        }
        return edges;
    }

    /** "..., saying airstrikes have failed" and "..., telling supporters (that) ...". */
    private static void modifierOfNoun(AnnotatedText at, Token p, Token noun, Map<Integer, ParseRepairs.Edge> edges) {
        if (noun.head() < 0) {
            return;
        }
        if (noun.relation().startsWith("nsubj")) {
            Token clause = at.token(noun.head());
            int verb = clause.head();
            if (clause.index() > p.index() && verb >= 0 && verb < p.index()) {
                edges.put(p.index(), new ParseRepairs.Edge(verb, "advcl"));
                edges.put(clause.index(), new ParseRepairs.Edge(p.index(), "ccomp"));
            }
        } else if (noun.relation().equals("obj") || noun.relation().equals("iobj") || noun.relation().equals("obl")) {
            int verb = noun.head();
            if (verb < 0 || verb > p.index() || !at.token(verb).isVerb()) {
                return;
            }
            edges.put(p.index(), new ParseRepairs.Edge(verb, "advcl"));
            edges.put(noun.index(), new ParseRepairs.Edge(p.index(), "obj"));
            for (int k : at.children(verb)) {
                String rel = at.token(k).relation();
                if (k > noun.index() && (rel.equals("ccomp") || rel.equals("parataxis"))) {
                    edges.put(k, new ParseRepairs.Edge(p.index(), "ccomp"));
                }
            }
        }
    }

    /** "..., adding the U.S. must act": the participle's object is the clause's subject. */
    private static void subjectOfClause(AnnotatedText at, Token p, Token clause,
            Map<Integer, ParseRepairs.Edge> edges) {
        int verb = clause.head();
        if (verb < 0 || verb > p.index()) {
            return;
        }
        edges.put(p.index(), new ParseRepairs.Edge(verb, "advcl"));
        edges.put(clause.index(), new ParseRepairs.Edge(p.index(), "ccomp"));
        for (int k : at.children(p.index())) {
            if (k > p.index() && at.token(k).relation().equals("obj")) {
                edges.put(k, new ParseRepairs.Edge(clause.index(), "nsubj"));
            }
        }
    }
}
