package org.corroborate.attribution;

import java.util.Locale;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;
import org.corroborate.text.Lexicon;

/**
 * Cues whose grammatical subject is not a speaker: raising verbs ("Republicans seem confident"), listed passive
 * cues without a by-agent ("a curfew was announced") and passives of asking or telling ("Mook was asked whether
 * ..."), from {@code sourceless-cues.txt}. Such a statement has no source; nor has one whose subject is the "it"
 * of an extraposed clause.
 */
final class SourcelessCues {
    private final Lexicon kinds = Lexicon.load("sourceless-cues.txt");
    private final CueLexicon cues;

    SourcelessCues(CueLexicon cues) {
        this.cues = cues;
    }

    boolean speakerless(AnnotatedText at, Token v) {
        String kind = kinds.get(v.lemma().toLowerCase(Locale.ROOT));
        if (kind == null) {
            return false;
        }
        boolean passive = false;
        for (int k : at.children(v.index())) {
            Token child = at.token(k);
            String rel = child.relation();
            if (rel.equals("xcomp") && child.isVerb() && cues.isCueVerb(child.lemma())) {
                return false; // "Stumpf appeared to blame workers": Stumpf blames
            }
            if (rel.equals("obj")) {
                return false; // "he's heralded plans": the parser's passive is an active perfect
            }
            if (rel.startsWith("obl") && k > v.index()) {
                int marker = ParseWords.caseMarker(at, k);
                String preposition = marker < 0 ? "" : at.token(marker).word().toLowerCase(Locale.ROOT);
                if (preposition.equals("by") || preposition.equals("to")) {
                    return false; // "was first reported by X", "seems credible to me": X and "me" speak
                }
            }
            passive |= rel.equals("nsubj:pass") || rel.equals("aux:pass");
        }
        return kind.equals("raising") || passive || isReducedPassive(at, v);
    }

    /**
     * "Asked about the deal, Clinton said ...", "when questioned after the debate, ...": a clause of the bare
     * participle of asking or telling. Its asker is not named, and the clause it hangs on is the answer, not what
     * was asked.
     */
    boolean isAskedClause(AnnotatedText at, Token v) {
        return "addressed".equals(kinds.get(v.lemma().toLowerCase(Locale.ROOT))) && isReducedPassive(at, v);
    }

    private static boolean isReducedPassive(AnnotatedText at, Token v) {
        boolean clause = v.relation().equals("advcl") || v.relation().equals("dep");
        return v.pos().equals("VBN") && clause && !ParseWords.hasSubject(at, v.index())
                && !ParseWords.hasAuxiliary(at, v.index());
    }

    /**
     * "It is unclear whether ...", "it's hard to know ...", "It seems a near certainty that ...": an "it" subject of
     * a raising verb, or of a predicate with a copula and a clause after it, is a placeholder for that clause.
     */
    boolean isExpletiveIt(AnnotatedText at, int subject) {
        Token it = at.token(subject);
        int head = it.head();
        if (!it.word().equalsIgnoreCase("it") || head < 0) {
            return false;
        }
        if ("raising".equals(kinds.get(at.token(head).lemma().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        boolean copula = false;
        boolean clauseAfter = false;
        for (int k : at.children(head)) {
            String rel = at.token(k).relation();
            copula |= rel.equals("cop");
            clauseAfter |= k > head && (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("csubj"));
        }
        return copula && clauseAfter;
    }

    /** Whether a speakerless cue's subject belongs to what was said: not the one who was asked or told. */
    boolean subjectIsContent(Token v) {
        return !"addressed".equals(kinds.get(v.lemma().toLowerCase(Locale.ROOT)));
    }
}
