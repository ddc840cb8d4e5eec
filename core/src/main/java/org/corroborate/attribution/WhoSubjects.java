package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for a relative "who" taken for an object. In "The mayor, who has long opposed the tram, told
 * reporters ..." the parser sometimes makes "who" the object of "opposed", leaving the verb without a subject, so
 * the tram would seem to do the opposing. "Who" is the subject form ("whom" is the object), so a "who" before its
 * verb, where the verb has no subject, is made its subject. Applied by {@link ParseRepairs}.
 */
final class WhoSubjects {
    private WhoSubjects() {
    }

    /** The new relation of each "who" to relabel, by token index; empty when no sentence needs it. */
    static Map<Integer, ParseRepairs.Edge> newEdges(AnnotatedText at) {
        Map<Integer, ParseRepairs.Edge> edges = new HashMap<>();
        for (Token who : at.tokens()) {
            if (who.word().equalsIgnoreCase("who") && who.relation().equals("obj") && who.head() > who.index()
                    && !ParseWords.hasSubject(at, who.head())) {
                edges.put(who.index(), new ParseRepairs.Edge(who.head(), "nsubj"));
            }
        }
        return edges;
    }
}
