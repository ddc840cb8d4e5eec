package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for a cue verb taken for an auxiliary or a clausal subject. In "the mayor refuses to release his
 * diary" or "the board decided she should go" the parser sometimes hangs "refuses" or "decided" on the verb after
 * it as if it were "will" or "should"; in "Brede knows there are people who ..." it makes "knows" the subject of
 * "people". The cue then has no clause, and the verb after it seems to be what the subject did. A finite cue verb
 * that is not a real auxiliary, so hung on a head after it, takes that head's place in the tree: the head becomes
 * its complement (xcomp after "to", else ccomp), and what stood before the cue under the head (its
 * subject, a conjunction) moves to the cue; with no subject there, the noun right before the cue becomes it. Applied by {@link ParseRepairs}.
 */
final class DemotedCueVerbs {
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could",
            "may", "might", "shall", "should", "must", "get");

    private DemotedCueVerbs() {
    }

    /** The new place of each token to move, by token index; empty when no sentence needs it. */
    static Map<Integer, ParseRepairs.Edge> newEdges(AnnotatedText at, CueLexicon cues) {
        Map<Integer, ParseRepairs.Edge> edges = new HashMap<>();
        for (Token v : at.tokens()) {
            if (!isDemotedCue(v, cues)) {
                continue;
            }
            Token head = at.token(v.head());
            if (edges.containsKey(v.index()) || edges.containsKey(head.index())
                    || head.head() >= 0 && edges.containsKey(head.head())) {
                continue; // one repair per clause: two moves on the same words could make a cycle
            }
            raise(at, v, head, edges);
        }
        return edges;
    }

    /** A finite cue verb, not a real auxiliary, hung as an auxiliary or clausal subject on a word after it. */
    private static boolean isDemotedCue(Token v, CueLexicon cues) {
        boolean demoted = v.relation().equals("aux") || v.relation().equals("csubj");
        return demoted && v.head() > v.index() && ParseWords.isFinite(v)
                && !AUXILIARIES.contains(v.lemma().toLowerCase(Locale.ROOT)) && cues.mayHeadCue(v.lemma());
    }

    /** The cue takes its head's place; the head, what lies between them and the words before move accordingly. */
    private static void raise(AnnotatedText at, Token v, Token head, Map<Integer, ParseRepairs.Edge> edges) {
        boolean infinitive = false;
        for (int k : at.children(head.index())) {
            infinitive |= k > v.index() && at.token(k).pos().equals("TO");
        }
        edges.put(v.index(), new ParseRepairs.Edge(head.head(), head.relation()));
        edges.put(head.index(), new ParseRepairs.Edge(v.index(), infinitive ? "xcomp" : "ccomp"));
        boolean subject = ParseWords.hasSubject(at, v.index());
        int last = at.sentenceOf(v).endToken() - 1;
        for (int k : at.children(head.index())) {
            if (k == last && at.token(k).relation().equals("punct")) {
                edges.put(k, new ParseRepairs.Edge(v.index(), "punct")); // the full stop ends the cue's clause
            } else if (k < v.index()) {
                edges.put(k, new ParseRepairs.Edge(v.index(), at.token(k).relation()));
                subject |= at.token(k).relation().startsWith("nsubj");
            }
        }
        for (int k : at.children(v.index())) {
            if (k > v.index() && k < head.index()) {
                // "knows there are people": what lies between belongs to the complement
                edges.put(k, new ParseRepairs.Edge(head.index(), at.token(k).relation()));
            }
        }
        int before = v.index() - 1;
        if (!subject && before >= at.sentenceOf(v).firstToken() && !edges.containsKey(before)
                && before != head.head() && (at.token(before).isNoun() || at.token(before).isPronoun())) {
            // "..., school administrators decided she should ...": the noun the parser hung elsewhere
            edges.put(before, new ParseRepairs.Edge(v.index(), "nsubj"));
        }
    }
}
