package org.corroborate.attribution;

import java.util.Set;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * Stances a copula states: "she was sure Trump would win", "Graham has been critical of Trump", "Sanders is
 * against it", "they were willing to talk". The parser hangs the copula on its predicate, so the predicate holds
 * the subject and what the stance is about. The cue model decides whether the copula is a cue (a plain "is" rarely
 * is); this class says what the cue and its content are when it is one, and only where the predicate has a clause,
 * an infinitive or a topic: "is a senator" has nothing to report.
 */
final class CopulaCues {
    /** Prepositions that name what a stance is about ("critical of", "worried about", "bearish on"). */
    private static final Set<String> TOPIC_CASES =
            Set.of("about", "of", "on", "against", "for", "over", "with", "toward", "towards");

    private CopulaCues() {
    }

    /** Token ranges of a copula cue and of what it is about. */
    record Reading(int cueFirst, int cueLast, int contentFirst, int contentLast) {
    }

    /** A copula hung on a predicate that is not itself a verb ("was sure", "is an opponent of"). */
    static boolean isCopula(AnnotatedText at, Token t) {
        return t.relation().equals("cop") && t.head() >= 0 && !at.token(t.head()).isVerb();
    }

    /**
     * The cue (from the first auxiliary, copula or negation before the predicate to the predicate or its topic
     * preposition) and the content; null when the predicate reports nothing.
     */
    static Reading read(AnnotatedText at, Token copula) {
        int predicate = copula.head();
        int cueFirst = copula.index();
        int cueLast = predicate;
        int content = -1;
        int contentCase = -1;
        for (int k : at.children(predicate)) {
            String rel = at.token(k).relation();
            boolean glue = rel.startsWith("aux") || rel.equals("cop") || rel.equals("neg")
                    || rel.equals("advmod") && at.token(k).lemma().equals("not");
            if (glue && k < predicate) {
                cueFirst = Math.min(cueFirst, k);
            }
            if (rel.equals("case") && k < predicate && TOPIC_CASES.contains(at.token(k).lemma())) {
                // "is against it": the predicate itself is the topic, the copula and preposition the cue
                cueLast = k;
                int[] range = at.subtreeRange(predicate, x -> x <= k || isPredicateGlue(at, predicate, x));
                return new Reading(cueFirst, cueLast, range[0], range[1]);
            }
            if (content < 0 && k > predicate && (rel.equals("ccomp") || rel.equals("xcomp") && isInfinitive(at, k))) {
                content = k;
            }
            if (content < 0 && k > predicate && rel.equals("advcl")) {
                int marker = ParseWords.leadingMarker(at, k); // "worried about how the money is spent"
                if (marker >= 0 && TOPIC_CASES.contains(at.token(marker).lemma())) {
                    content = k;
                    contentCase = marker;
                }
            }
            if (content < 0 && k > predicate && (rel.equals("obl") || rel.startsWith("nmod"))) {
                int marker = ParseWords.caseMarker(at, k);
                if (marker >= 0 && TOPIC_CASES.contains(at.token(marker).lemma()) && !ParseWords.isTimeNoun(at.token(k))) {
                    content = k;
                    contentCase = marker;
                }
            }
        }
        if (content < 0) {
            return null;
        }
        int skip = contentCase;
        int[] range = at.subtreeRange(content, x -> x == skip);
        if (contentCase >= 0) {
            cueLast = Math.max(cueLast, contentCase);
        }
        return new Reading(cueFirst, cueLast, range[0], range[1]);
    }

    private static boolean isPredicateGlue(AnnotatedText at, int predicate, int k) {
        if (at.token(k).head() != predicate) {
            return false;
        }
        String rel = at.token(k).relation();
        return rel.startsWith("nsubj") || rel.startsWith("aux") || rel.equals("cop") || rel.equals("punct")
                || rel.equals("advmod") && k < predicate;
    }

    /** "willing to talk": an open clause with its "to". */
    private static boolean isInfinitive(AnnotatedText at, int clause) {
        for (int k : at.children(clause)) {
            if (at.token(k).relation().equals("mark") && at.token(k).lemma().equals("to")) {
                return true;
            }
        }
        return false;
    }
}
