package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.NlpPipeline;
import org.corroborate.nlp.Token;

/**
 * Reads a text for attribution ({@link #read}) and mends the dependency heads the parser gets wrong around cues,
 * before any cue is read: {@link DemotedCueVerbs}, {@link InnerCues}, {@link ModifierParticiples}, {@link RaisedParticiples}, {@link LoweredCues}, {@link AsideParticiples},
 * {@link ReducedRelatives}, {@link ObjectParticiples}, {@link WhoSubjects} and {@link ContractedPerfects}.
 * Analysis, cue-model training and {@link CueDiagnosis} all read through it, so the model is trained on the parses
 * it will see.
 */
public final class ParseRepairs {
    private ParseRepairs() {
    }

    /**
     * The text as attribution reads it: tagged throughout, the sentences {@link CueSentenceSelector} picks
     * parsed, and the parses repaired. Analysis, cue-model training and {@link CueDiagnosis} all read it so.
     */
    public static AnnotatedText read(NlpPipeline nlp, String text, CueLexicon cues, List<Quote> quotes) {
        return apply(nlp.annotate(text, new CueSentenceSelector(cues, quotes)), cues);
    }

    private static AnnotatedText apply(AnnotatedText at, CueLexicon cues) {
        AnnotatedText repaired = reconnect(at, DemotedCueVerbs.newEdges(at, cues));
        repaired = rehang(repaired, InnerCues.newHeads(repaired, cues));
        repaired = reconnect(repaired, ModifierParticiples.newEdges(repaired, cues));
        repaired = reconnect(repaired, RaisedParticiples.newEdges(repaired, cues));
        repaired = reconnect(repaired, LoweredCues.newEdges(repaired, cues));
        repaired = rehang(repaired, AsideParticiples.newHeads(repaired, cues));
        repaired = reconnect(repaired, ReducedRelatives.newEdges(repaired));
        repaired = reconnect(repaired, ObjectParticiples.newEdges(repaired, cues));
        repaired = reconnect(repaired, WhoSubjects.newEdges(repaired));
        return reconnect(repaired, ContractedPerfects.newEdges(repaired));
    }

    /** A token's new place in the tree: its head (-1 for the root) and its relation to it. */
    record Edge(int head, String relation) {
    }

    /** The text with the given tokens hung on new heads, their relations kept; the same text when there are none. */
    private static AnnotatedText rehang(AnnotatedText at, Map<Integer, Integer> heads) {
        Map<Integer, Edge> edges = new HashMap<>();
        heads.forEach((index, head) -> edges.put(index, new Edge(head, at.token(index).relation())));
        return reconnect(at, edges);
    }

    /** The text with the given tokens moved to new places in the tree; the same text when there are none. */
    private static AnnotatedText reconnect(AnnotatedText at, Map<Integer, Edge> edges) {
        if (edges.isEmpty()) {
            return at;
        }
        List<Token> tokens = new ArrayList<>(at.tokens());
        edges.forEach((index, edge) -> {
            Token t = tokens.get(index);
            tokens.set(index, new Token(t.index(), t.sentence(), t.word(), t.start(), t.end(), t.lemma(), t.pos(),
                    t.ner(), edge.head(), edge.relation()));
        });
        // A repair must leave a tree: if the moves closed a cycle, the parse is kept as it was.
        return isTree(tokens, edges.keySet()) ? new AnnotatedText(at.text(), tokens, at.sentences()) : at;
    }

    /** Whether every moved token still reaches a root without passing itself. */
    private static boolean isTree(List<Token> tokens, Set<Integer> moved) {
        for (int start : moved) {
            int k = tokens.get(start).head();
            for (int steps = 0; k >= 0; steps++, k = tokens.get(k).head()) {
                if (k == start || steps > tokens.size()) {
                    return false;
                }
            }
        }
        return true;
    }
}
