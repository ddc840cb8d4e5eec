package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * A parse repair for a cue hung under the clause it reports. In "..., with Brede telling reporters on Thursday he
 * viewed the closure as a mistake" the parser makes "telling" an adverbial clause of "viewed", so the cue seems to
 * report nothing. A speech verb with a subject of its own and no clause, hung as an adverbial clause on a verb
 * right after it whose subject follows the cue without a comma between, takes that verb's place and the verb
 * becomes its clause. ("Speaking to reporters, he said ..." stays: the participle has no subject of its own.)
 * Applied by {@link ParseRepairs}.
 */
final class LoweredCues {
    private LoweredCues() {
    }

    /** The new place of each token to move, by token index; empty when no sentence needs it. */
    static Map<Integer, ParseRepairs.Edge> newEdges(AnnotatedText at, CueLexicon cues) {
        Map<Integer, ParseRepairs.Edge> edges = new HashMap<>();
        for (Token cue : at.tokens()) {
            if (!cue.relation().equals("advcl") || cue.head() <= cue.index() || !cues.isSpeechVerb(cue.lemma())
                    || !ParseWords.hasSubject(at, cue.index()) || ParseWords.hasClause(at, cue.index())) {
                continue;
            }
            Token clause = at.token(cue.head());
            if (clause.isVerb() && subjectFollowsWithoutComma(at, cue, clause)) {
                edges.put(cue.index(), new ParseRepairs.Edge(clause.head(), clause.relation()));
                edges.put(clause.index(), new ParseRepairs.Edge(cue.index(), "ccomp"));
            }
        }
        return edges;
    }

    private static boolean subjectFollowsWithoutComma(AnnotatedText at, Token cue, Token clause) {
        for (int k : at.children(clause.index())) {
            if (at.token(k).relation().startsWith("nsubj") && k > cue.index()) {
                for (int between = cue.index() + 1; between < k; between++) {
                    if (ParseWords.isClauseBreak(at.token(between))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
