package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for "he's argued that ...": a contracted "'s" before a participle is "has" as often as "is", and
 * the parser reads it as a passive auxiliary, so the verb seems to have no speaker ("he is argued"). A participle
 * so marked that takes a clause or an object of its own is active: its "'s" becomes a plain auxiliary and its
 * passive subject a subject. Applied by {@link ParseRepairs}.
 */
final class ContractedPerfects {
    private ContractedPerfects() {
    }

    /** The new relations of each such auxiliary and subject, by token index; empty when no verb needs it. */
    static Map<Integer, ParseRepairs.Edge> newEdges(AnnotatedText at) {
        Map<Integer, ParseRepairs.Edge> edges = new HashMap<>();
        for (Token verb : at.tokens()) {
            if (isContractedPerfect(at, verb.index())) {
                for (int k : at.children(verb.index())) {
                    String rel = at.token(k).relation();
                    if (rel.equals("aux:pass") || rel.equals("nsubj:pass")) {
                        edges.put(k, new ParseRepairs.Edge(verb.index(), rel.equals("aux:pass") ? "aux" : "nsubj"));
                    }
                }
            }
        }
        return edges;
    }

    private static boolean isContractedPerfect(AnnotatedText at, int verb) {
        boolean contracted = false;
        boolean complement = false;
        for (int k : at.children(verb)) {
            Token t = at.token(k);
            // tokens keep the text's spelling: "'s" or "’s"
            contracted |= t.relation().equals("aux:pass") && t.word().replace('\u2019', '\'').equalsIgnoreCase("'s");
            complement |= t.relation().equals("ccomp") || t.relation().equals("obj");
        }
        return contracted && complement;
    }
}
