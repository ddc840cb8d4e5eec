package org.corroborate.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;
import org.corroborate.text.Lexicon;

/**
 * Questions about words and the dependency parse that the attribution rules ask again and again: is this a quotation
 * mark, where does a noun phrase's head sit, which words make up a cue, is a word inside a quote. No state.
 */
final class ParseWords {
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "«", "»", "''", "``");
    private static final Set<String> TRIMMABLE = Set.of(",", ":", ";", "-", "--", "—", "–");
    private static final Set<String> DEMOTED_RELATIONS = Set.of("mark", "obl", "case", "advmod", "dep");
    /** Nouns of time ("on Sunday", "said Thursday morning"): never a topic or a speaker. */
    private static final Lexicon TIME_NOUNS = Lexicon.load("time-nouns.txt");
    /** The other words of a time phrase: "on", "the", "2012", "early", "late". */
    private static final Set<String> TIME_PHRASE_TAGS = Set.of("IN", "DT", "CD", "JJ", "RB");
    private ParseWords() {
    }

    static boolean isClauseBreak(Token t) {
        String w = t.word();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!");
    }

    /**
     * The token before the commas that precede token {@code k} ("said" in "said, adding"), in its sentence; -1 when
     * no comma stands right before {@code k}.
     */
    static int beforeCommas(AnnotatedText at, int k) {
        int before = k - 1;
        while (before >= 0 && at.token(before).word().equals(",")) {
            before--;
        }
        boolean comma = before >= 0 && before < k - 1 && at.token(before).sentence() == at.token(k).sentence();
        return comma ? before : -1;
    }

    /** A dash setting off an aside: "– as described by X –". */
    static boolean isDash(Token t) {
        String w = t.word();
        return w.equals("--") || w.equals("—") || w.equals("–");
    }

    /** The last noun of a token range whose head lies outside it; the range's last token when none. */
    static int nounHead(AnnotatedText at, int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = at.token(k);
            if ((t.isNoun() || t.isPronoun()) && (t.head() < first || t.head() > last)) {
                return k;
            }
        }
        return last;
    }

    static boolean isQuoteMark(Token t) {
        return QUOTE_MARKS.contains(t.word());
    }

    /**
     * The first token after the last quoted utterance that ends at or before {@code k} in its sentence ('"...,"
     * Flynn said': "Flynn"), or the sentence's first token. A scare quote ('the "Tory" leader') ends no utterance:
     * an utterance's closing mark follows a comma, question mark or exclamation mark.
     */
    static int afterQuotedUtterance(AnnotatedText at, int k) {
        int first = at.sentenceOf(at.token(k)).firstToken();
        for (int x = k; x > first + 1; x--) {
            String end = at.token(x - 1).word();
            if (isQuoteMark(at.token(x)) && (end.equals(",") || end.equals("?") || end.equals("!"))) {
                return x + 1;
            }
        }
        return first;
    }

    /** "(" as the tokenizer may write it. */
    static boolean isOpeningParenthesis(Token t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    static boolean isClosingParenthesis(Token t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }

    static boolean isNounPhraseWord(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("CD");
    }

    static boolean isEdgePunct(AnnotatedText at, int k) {
        return at.token(k).relation().equals("punct");
    }

    /** Punctuation trimmed from the edges of a source or content. */
    static boolean isTrimmable(Token t) {
        return TRIMMABLE.contains(t.word());
    }

    static boolean isFinite(Token v) {
        String pos = v.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    /** Whether a verb has an auxiliary ("has", "was", "will"). */
    static boolean hasAuxiliary(AnnotatedText at, int verb) {
        return hasDependent(at, verb, rel -> rel.startsWith("aux"));
    }

    /** Whether a verb has a subject of its own (active or passive). */
    static boolean hasSubject(AnnotatedText at, int verb) {
        return hasDependent(at, verb, rel -> rel.startsWith("nsubj"));
    }

    /** Whether a verb has a reported clause of its own (a complement or a parataxis). */
    static boolean hasClause(AnnotatedText at, int verb) {
        return hasDependent(at, verb, rel -> rel.equals("ccomp") || rel.equals("parataxis"));
    }

    /** "himself", "themselves": a pronoun that stands for the clause's own subject. */
    static boolean isReflexive(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return t.pos().equals("PRP") && (w.endsWith("self") || w.endsWith("selves"));
    }

    /** Whether a verb has a direct object. */
    static boolean hasObject(AnnotatedText at, int verb) {
        return hasDependent(at, verb, rel -> rel.equals("obj"));
    }

    private static boolean hasDependent(AnnotatedText at, int head, Predicate<String> relation) {
        for (int k : at.children(head)) {
            if (relation.test(at.token(k).relation())) {
                return true;
            }
        }
        return false;
    }

    /** ", saying it is ...": a bare participle set off by a comma, hung after its head as a clause or loosely. */
    static boolean isCommaParticiple(AnnotatedText at, Token v) {
        return (v.relation().equals("advcl") || v.relation().equals("dep")) && v.head() < v.index()
                && afterComma(at, v.index()) && isBareParticiple(at, v);
    }

    /** A participle standing alone ("..., referring to the evacuees"), not a progressive ("is calling for"). */
    static boolean isBareParticiple(AnnotatedText at, Token v) {
        return v.pos().equals("VBG") && !hasAuxiliary(at, v.index());
    }

    /**
     * "he said, adding he would never vote", "began by saying he would ...": the parser hung the participle, with
     * nothing of its own after it, on the verb of the clause it introduces, as if it were a marker.
     */
    static boolean isDemotedParticiple(AnnotatedText at, Token v) {
        if (!v.pos().equals("VBG") || v.head() <= v.index() || !DEMOTED_RELATIONS.contains(v.relation())) {
            return false;
        }
        for (int k : at.children(v.index())) {
            if (k > v.index()) {
                return false;
            }
        }
        return at.subtreeRange(v.head(), k -> false)[0] >= at.subtreeRange(v.index(), k -> false)[0];
    }

    static boolean isTimeNoun(Token t) {
        return TIME_NOUNS.contains(t.lemma());
    }

    /** Whether the tokens name only a time: "on Tuesday", "early last week", "in June 2012". */
    static boolean isTimePhrase(AnnotatedText at, int first, int last) {
        boolean time = false;
        for (int k = first; k <= last; k++) {
            Token t = at.token(k);
            if (isTimeNoun(t)) {
                time = true;
            } else if (!TIME_PHRASE_TAGS.contains(t.pos()) && !isTrimmable(t) && !t.pos().equals(".")) {
                return false;
            }
        }
        return time;
    }

    /** "who", "which", "that" as a relative pronoun's tag. */
    static boolean isRelativePronoun(Token t) {
        return t.pos().equals("WP") || t.pos().equals("WDT");
    }

    /** The first token of a reported clause: past a "that" introducing it. */
    static int pastThat(AnnotatedText at, int first) {
        return at.token(first).word().equalsIgnoreCase("that") ? first + 1 : first;
    }

    /** The last token before the sentence's closing stop, by tag, so that it works in unparsed sentences too. */
    static int beforeFinalStop(AnnotatedText at, int first, int last) {
        while (last > first && at.token(last).pos().equals(".")) {
            last--;
        }
        return last;
    }

    /** The range's last token, moved back over closing punctuation, but never over a closing quotation mark. */
    static int lastBeforePunctuation(AnnotatedText at, int first, int last) {
        while (last > first && isEdgePunct(at, last) && !isQuoteMark(at.token(last))) {
            last--;
        }
        return last;
    }

    /** The noun of an oblique introduced by "by" after the verb ("criticized by Holm"), or -1. */
    static int byAgent(AnnotatedText at, int verb) {
        for (int k : at.children(verb)) {
            if (k > verb && at.token(k).relation().startsWith("obl")) {
                int marker = caseMarker(at, k);
                if (marker >= 0 && at.token(marker).word().equalsIgnoreCase("by")) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** A bare participle after a comma that may head a cue of its own ("..., saying it will be big"). */
    static boolean isParticipleCue(AnnotatedText at, Token t, CueLexicon cues) {
        return isCommaParticiple(at, t) && cues.isCueVerb(t.lemma());
    }

    /**
     * "Holm, citing data from the port, said ...", parsed as if "citing data" were Holm's appositive: a dependent
     * of a speaker that opens with a participle after a comma describes what they did, not who they are.
     */
    static boolean opensWithParticiple(AnnotatedText at, int speaker, int dependent) {
        if (dependent <= speaker || at.token(dependent).head() != speaker) {
            return false;
        }
        int first = at.subtreeRange(dependent, x -> false)[0];
        // "engineers, including Mr. Brede": a list of examples is part of the mention
        return at.token(first).pos().equals("VBG") && afterComma(at, first)
                && !at.token(first).lemma().equalsIgnoreCase("include");
    }

    static boolean afterComma(AnnotatedText at, int k) {
        return k > 0 && at.token(k - 1).word().equals(",");
    }

    /** The nearest verb above a word in the parse, or -1. */
    static int clauseVerbOf(AnnotatedText at, int k) {
        for (int up = at.token(k).head(); up >= 0; up = at.token(up).head()) {
            if (at.token(up).isVerb()) {
                return up;
            }
        }
        return -1;
    }

    static int caseMarker(AnnotatedText at, int noun) {
        for (int g : at.children(noun)) {
            if (at.token(g).relation().equals("case")) {
                return g;
            }
        }
        return -1;
    }

    /** Whether the marker at {@code marker} (-1 for none) is "as" ("As many engineers have pointed out"). */
    static boolean isAs(AnnotatedText at, int marker) {
        return marker >= 0 && at.token(marker).word().equalsIgnoreCase("as");
    }

    /** The first word of a clause when it is its "case" or "mark" preposition; -1 otherwise. */
    static int leadingMarker(AnnotatedText at, int clause) {
        int first = at.subtreeRange(clause, k -> false)[0];
        Token t = at.token(first);
        boolean marker = t.head() == clause && (t.relation().equals("case") || t.relation().equals("mark"));
        return marker && t.pos().equals("IN") ? first : -1;
    }

    static boolean onlyPunctuationAfter(AnnotatedText at, int last, int sentenceEnd) {
        for (int k = last + 1; k < sentenceEnd; k++) {
            if (!at.token(k).relation().equals("punct") && Character.isLetterOrDigit(at.token(k).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static boolean hasVerbOrQuote(AnnotatedText at, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (at.token(k).isVerb() || isQuoteMark(at.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation mark lies in the token range. */
    static boolean containsQuoteMark(AnnotatedText at, int[] range) {
        for (int k = range[0]; k <= range[1]; k++) {
            if (isQuoteMark(at.token(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isQuoted(AnnotatedText at, int k, List<Quote> quotes) {
        Token t = at.token(k);
        return Quote.anyHolds(quotes, t.start(), t.end());
    }

    /** Cue words: the verb with its adjacent auxiliaries, negation and particle ("has said", "pointed out"). */
    static int[] cueRange(AnnotatedText at, Token v) {
        int first = v.index();
        int last = v.index();
        boolean grew = true;
        while (grew) { // "is n't saying": each pass takes the next word out from the cue
            grew = false;
            for (int k : at.children(v.index())) {
                String rel = at.token(k).relation();
                boolean glue = rel.startsWith("aux") || rel.equals("neg") || rel.equals("compound:prt")
                        || (rel.equals("advmod") && at.token(k).lemma().equals("not"));
                if (glue && k == first - 1) {
                    first = k;
                    grew = true;
                } else if (glue && k == last + 1) {
                    last = k;
                    grew = true;
                }
            }
        }
        return new int[]{first, last};
    }
}
