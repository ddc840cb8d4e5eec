package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for a reduced relative the tagger took for the main verb. In "Footage posted online showed
 * debris falling" the parser makes "posted" the root with "Footage" as its subject and "online showed ..." as
 * its clause, so the footage seems to have posted something and the lone "online" to have shown it. When a
 * noun's verb is followed by a single adjective or adverb that the parser made the subject of the next word,
 * a finite verb, the sentence is hung the way it reads: that second verb takes the first one's place and
 * subject, the first verb modifies the noun ("acl"), and the lone word modifies the first verb. Applied by
 * {@link ParseRepairs}.
 */
final class ReducedRelatives {
    private ReducedRelatives() {
    }

    /** The new head and relation of each token to re-hang, by token index; empty when no sentence needs it. */
    static Map<Integer, ParseRepairs.Edge> newEdges(AnnotatedText at) {
        Map<Integer, ParseRepairs.Edge> edges = new HashMap<>();
        for (Token participle : at.tokens()) {
            int noun = nounBefore(at, participle);
            int modifier = participle.index() + 1;
            int verb = modifier + 1;
            if (noun < 0 || verb >= at.tokens().size() || !isStrandedSubject(at, at.token(modifier), verb)
                    || at.token(verb).head() != participle.index() || !isFinite(at.token(verb))) {
                continue;
            }
            edges.put(verb, new ParseRepairs.Edge(participle.head(), participle.relation()));
            edges.put(noun, new ParseRepairs.Edge(verb, at.token(noun).relation()));
            edges.put(participle.index(), new ParseRepairs.Edge(noun, "acl"));
            edges.put(modifier, new ParseRepairs.Edge(participle.index(), "advmod"));
            for (int k : at.children(participle.index())) {
                if (k > verb) {
                    edges.put(k, new ParseRepairs.Edge(verb, at.token(k).relation())); // the full stop, mostly
                }
            }
        }
        return edges;
    }

    /** The noun subject right before a past-tense or participle verb, or -1. */
    private static int nounBefore(AnnotatedText at, Token participle) {
        if (!(participle.pos().equals("VBD") || participle.pos().equals("VBN")) || participle.index() == 0) {
            return -1;
        }
        int noun = participle.index() - 1;
        Token t = at.token(noun);
        boolean subject = t.head() == participle.index() && t.relation().startsWith("nsubj") && t.isNoun();
        return subject && at.token(noun).sentence() == participle.sentence() ? noun : -1;
    }

    private static boolean isStrandedSubject(AnnotatedText at, Token word, int verb) {
        boolean modifier = word.pos().startsWith("JJ") || word.pos().startsWith("RB");
        return modifier && word.head() == verb && word.relation().startsWith("nsubj") && at.children(word.index()).isEmpty();
    }

    private static boolean isFinite(Token verb) {
        return verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBP");
    }
}
