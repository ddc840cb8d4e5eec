package org.corroborate.attribution;

import java.util.List;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;
import org.corroborate.text.Lexicon;

/**
 * Who speaks for a cue verb: its subject, or the subject of the clause a participle or coordinated verb hangs from,
 * or a name right after the cue ("said Muhammad Hamud"), never a quoted phrase the parser took for a subject, and
 * the noun a relative pronoun stands for.
 */
final class Speakers {
    /** Verbs by which a speaker puts out a text that says something ("issued a statement calling for ..."). */
    private static final Lexicon ISSUING_VERBS = Lexicon.load("issuing-verbs.txt");

    /** Longest noun phrase taken as a fronted speaker ("Democratic front-runner Hillary Clinton"). */
    private static final int MAX_FRONTED_WORDS = 8;

    private Speakers() {
    }

    /**
     * The subject of a cue verb, unless the parser took a quotation for it ('"My hope," he said, "is ..."'): a
     * quoted phrase is what was said, not who said it, so another subject outside the marks is taken, or none.
     */
    static int speakerOf(AnnotatedText at, int verb, List<Quote> quotes) {
        int subject = besideTime(at, subjectOf(at, verb));
        if (subject < 0 || !ParseWords.isQuoted(at, subject, quotes) || ParseWords.isQuoted(at, verb, quotes)) {
            return subject;
        }
        for (int k : at.children(verb)) {
            if (at.token(k).relation().startsWith("nsubj") && !ParseWords.isQuoted(at, k, quotes)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "A poll released Monday, 31 percent of Republicans said ...": the parser sometimes makes the time the
     * subject and the speaker its apposition. A time never speaks, so the apposition does.
     */
    private static int besideTime(AnnotatedText at, int subject) {
        if (subject < 0 || !ParseWords.isTimeNoun(at.token(subject))) {
            return subject;
        }
        for (int k : at.children(subject)) {
            if (at.token(k).relation().equals("appos")) {
                return k;
            }
        }
        return subject;
    }

    /**
     * "Hillary Clinton, also campaigning in Wisconsin, said Trump is ...", '"...," Butz, 49, told the Post': when
     * the parser lost the subject of a cue that follows an aside set off by commas, the noun phrase that opens
     * the sentence (or follows its quoted utterance) before the aside speaks. {first, last, head} tokens, or null.
     */
    static int[] frontedSpeaker(AnnotatedText at, int cueFirst) {
        int sentenceStart = at.sentenceOf(at.token(cueFirst)).firstToken();
        if (cueFirst - 1 <= sentenceStart || !at.token(cueFirst - 1).word().equals(",")) {
            return null;
        }
        int start = ParseWords.afterQuotedUtterance(at, cueFirst - 1);
        if (at.token(start).pos().equals("CC")) {
            start++; // "But Clinton, ..., said"
        }
        int comma = start;
        while (comma < cueFirst - 1 && ParseWords.isNounPhraseWord(at.token(comma))) {
            comma++;
        }
        if (comma == start || comma >= cueFirst - 1 || !at.token(comma).word().equals(",")
                || comma - start > MAX_FRONTED_WORDS) {
            return null;
        }
        for (int k = comma; k < cueFirst; k++) {
            if (ParseWords.isQuoteMark(at.token(k))) {
                return null;
            }
        }
        return asSpeaker(at, start, comma - 1);
    }

    /**
     * "Police had last month charged X", "Appearing before supporters, Suu Kyi, 70, said ...": the parser lost the
     * subject of a finite cue (a time between the auxiliary and the verb, an age in commas), but the noun phrase
     * right before the cue, after any auxiliaries, adverbs and time words, and opening its clause (at the sentence
     * start or after a comma or conjunction) is its subject, with any appositive in commas after it ("..., and
     * Brian Deese, the adviser, said"); not for a passive. {first, last, head} tokens, or null.
     */
    static int[] adjacentSubject(AnnotatedText at, int cueFirst, int verb) {
        int sentenceStart = at.sentenceOf(at.token(cueFirst)).firstToken();
        boolean passive = at.token(verb).pos().equals("VBN");
        boolean be = false;
        for (int k = cueFirst; k < verb; k++) {
            be |= at.token(k).lemma().equals("be");
        }
        int k = cueFirst - 1;
        while (k >= sentenceStart && isBetweenSubjectAndVerb(at.token(k))) {
            be |= at.token(k).lemma().equals("be");
            k--;
        }
        if (passive && be) {
            return null; // "Roof is accused of ...": who underwent it, not who said it
        }
        if (k - 2 >= sentenceStart && at.token(k).word().equals(",") && at.token(k - 1).pos().equals("CD")
                && at.token(k - 2).word().equals(",")) {
            k -= 3; // "Suu Kyi, 70, said"
        }
        int appositiveEnd = -1;
        int named = k - 1 > sentenceStart && at.token(k).word().equals(",") ? nameBeforeAppositive(at, k - 1) : -1;
        if (named >= 0) {
            appositiveEnd = k - 1; // "..., and Brian Deese, the White House adviser, said"
            k = named;
        }
        int last = k;
        // Not a relative clause's verb ("An official who asked not to be named said ..."): the parse of the
        // whole sentence is in doubt there, and the relative's noun is found through the parse or not at all.
        while (k >= sentenceStart && (ParseWords.isNounPhraseWord(at.token(k)) || at.token(k).pos().equals("PRP"))
                && last - k < MAX_FRONTED_WORDS) {
            k--;
        }
        int first = k + 1;
        boolean opensClause = k < sentenceStart || at.token(k).word().equals(",") || at.token(k).pos().equals("CC");
        if (first > last || !opensClause || at.token(first).pos().equals("POS")) {
            return null;
        }
        return asSpeaker(at, first, appositiveEnd >= 0 ? appositiveEnd : last);
    }

    /**
     * The last token of the name before an appositive that ends at {@code end} ("Brian Deese, the adviser"), or -1
     * when the noun phrase ending there is no appositive of the phrase right before its comma.
     */
    private static int nameBeforeAppositive(AnnotatedText at, int end) {
        int first = end;
        while (first > 0 && end - first < MAX_FRONTED_WORDS && opensNounPhrase(at.token(first - 1))) {
            first--;
        }
        if (first < 2 || !at.token(first - 1).word().equals(",") || !opensNounPhrase(at.token(first))) {
            return -1;
        }
        Token head = at.token(ParseWords.nounHead(at, first, end));
        boolean appositive = head.relation().equals("appos") && head.head() == first - 2;
        return appositive && at.token(first - 2).isNoun() ? first - 2 : -1;
    }

    /** A noun phrase read from the surface as {first, last, head}, or null when its head is no noun or a time. */
    private static int[] asSpeaker(AnnotatedText at, int first, int last) {
        int head = ParseWords.nounHead(at, first, last);
        Token h = at.token(head);
        return (h.isNoun() || h.isPronoun()) && !ParseWords.isTimeNoun(h) ? new int[]{first, last, head} : null;
    }

    /** What may stand between a subject and its verb: auxiliaries, modals, adverbs, a time ("last month"). */
    private static boolean isBetweenSubjectAndVerb(Token t) {
        String pos = t.pos();
        String lemma = t.lemma();
        return pos.equals("MD") || pos.startsWith("RB") || ParseWords.isTimeNoun(t)
                || pos.equals("JJ") && (lemma.equals("last") || lemma.equals("next"))
                || pos.startsWith("VB") && (lemma.equals("have") || lemma.equals("be") || lemma.equals("do"));
    }

    /**
     * Whether a verb or modal follows the noun phrase ending at {@code last}, in its sentence: then that phrase is
     * the subject of a clause ("said Trump is ...", "said he and his staff were ..."), not a speaker.
     */
    private static boolean predicateFollows(AnnotatedText at, int last) {
        int next = last + 1;
        if (next >= at.tokens().size() || at.token(next).sentence() != at.token(last).sentence()) {
            return false;
        }
        Token t = at.token(next);
        return t.isVerb() || t.pos().equals("MD");
    }

    /** A word that can open a noun phrase after a quote and its cue: "one former official", "his best friend". */
    private static boolean opensNounPhrase(Token t) {
        return ParseWords.isNounPhraseWord(t) || t.pos().equals("PRP$") || t.pos().equals("VBN");
    }

    /** The verb's own subject when it lies inside quotation marks and the verb does not; -1 otherwise. */
    static int quotedSubject(AnnotatedText at, int verb, List<Quote> quotes) {
        if (ParseWords.isQuoted(at, verb, quotes)) {
            return -1;
        }
        for (int k : at.children(verb)) {
            if (at.token(k).relation().equals("nsubj") && k < verb && ParseWords.isQuoted(at, k, quotes)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Brian Deese, the adviser, said he and his staff were preparing ...": a subject after the verb that a verb
     * follows is the reported clause's subject, which the parser hung on the cue.
     */
    private static boolean isReportedClauseSubject(AnnotatedText at, int verb, int subject) {
        return subject > verb && predicateFollows(at, at.subtreeRange(subject, k -> false)[1]);
    }

    /** The subject of a verb; for participles and coordinated verbs ("..., saying", "and added") the governor's. */
    static int subjectOf(AnnotatedText at, int verb) {
        int current = verb;
        boolean conjunctsOnly = true; // climbed from the verb through conjuncts only
        boolean fromAdjunct = false; // just climbed from a participle's adverbial clause ("after telling ...")
        for (int depth = 0; depth < 3 && current >= 0; depth++) {
            int found = -1;
            for (int k : at.children(current)) {
                String rel = at.token(k).relation();
                // "People like Scott, he said": of two subjects before the verb, the nearer one speaks and the
                // other is what was said. A relative "who" stays: its antecedent is found by antecedentOf.
                if ((rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("nmod:agent")
                        // '"..., who I am," Ki Hong said', misparsed as a passive: a finite form is active
                        || rel.equals("nsubj:pass") && ParseWords.isFinite(at.token(current))
                        // "Berg was booed by the crowd after telling ...": the passive's subject does the telling
                        || rel.equals("nsubj:pass") && fromAdjunct)
                        && (found < 0 || k < current) && !isReportedClauseSubject(at, current, k)) {
                    found = k;
                }
            }
            if (found < 0) {
                found = asClauseSpeaker(at, current);
            }
            if (found >= 0) {
                return found;
            }
            String rel = at.token(current).relation();
            // "minced no words in sharing what he thinks": a gerund after a preposition belongs to the clause
            // (not one hung on the clause it introduces: "began by saying he would ...")
            boolean gerund = rel.equals("obl") && at.token(current).pos().equals("VBG")
                    && at.token(current).head() < current;
            if (!(rel.equals("xcomp") || rel.equals("advcl") || rel.equals("conj") || rel.startsWith("acl")
                    || gerund || rel.equals("dep") && at.token(current).isVerb())) {
                return -1;
            }
            int head = at.token(current).head();
            fromAdjunct = rel.equals("advcl") && at.token(current).pos().equals("VBG");
            // Object control, but not for a participle climbed from: in "wanted the council to close it, arguing
            // ...", the one who wanted argues.
            int controller = rel.equals("xcomp") && conjunctsOnly ? controllingObject(at, head, current) : -1;
            if (controller >= 0) {
                return controller;
            }
            int nounsClause = rel.equals("conj") && head >= 0 && at.token(head).isNoun()
                    && ParseWords.isFinite(at.token(current)) ? ParseWords.clauseVerbOf(at, head) : -1;
            if (nounsClause >= 0) {
                // "He gestured "no" with his hands and declared that ...": a finite verb the parser conjoined
                // to a noun is a conjunct of that noun's clause
                current = nounsClause;
                continue;
            }
            conjunctsOnly &= rel.equals("conj");
            if (rel.startsWith("acl") && !rel.equals("acl:relcl")) {
                int noun = at.token(current).head();
                if (!ParseWords.afterComma(at, current) && SpeakerNouns.mayBeSpeaker(at.token(noun))) {
                    // "a statement saying ...": the noun speaks, or whoever issued it
                    int issuer = issuerOf(at, noun);
                    return issuer >= 0 ? issuer : noun;
                }
                // "X spoke about the death of Y, arguing that ...": set off by a comma, the participle belongs
                // to the clause, whatever noun the parser hung it on.
                current = ParseWords.clauseVerbOf(at, noun);
                continue;
            }
            current = at.token(current).head();
        }
        return -1;
    }

    /**
     * "The vote led Republicans to say ...", "prompted NATO to order ...": an open clause after a verb's object is
     * the object's doing (object control), so the object speaks when it can ("used the debate to attack" keeps the
     * subject). The object, or -1.
     */
    private static int controllingObject(AnnotatedText at, int head, int clause) {
        for (int k : at.children(head)) {
            Token t = at.token(k);
            if (t.relation().equals("obj") && k > head && k < clause && SpeakerNouns.canSpeak(t)
                    && !ParseWords.isReflexive(t)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "As another survey from 2011 noted, the average age was 58": the parser hangs the speaker of an as-clause
     * on its verb as an oblique marked "as". The noun phrase before the verb, or -1.
     */
    private static int asClauseSpeaker(AnnotatedText at, int verb) {
        for (int k : at.children(verb)) {
            boolean before = at.token(k).relation().equals("obl") && k < verb;
            if (before && ParseWords.isAs(at, ParseWords.caseMarker(at, k)) && at.token(k).isNoun()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "The council issued a statement calling for calm": the one who issued, filed or sent the text speaks
     * through it ({@code issuing-verbs.txt}). The subject of the issuing verb, or -1.
     */
    private static int issuerOf(AnnotatedText at, int text) {
        Token t = at.token(text);
        if (!t.relation().equals("obj") || t.head() < 0 || !ISSUING_VERBS.contains(at.token(t.head()).lemma())) {
            return -1;
        }
        for (int k : at.children(t.head())) {
            if (at.token(k).relation().equals("nsubj")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Reid went after Trump for not releasing his returns, claiming that ...": however the parser hung the
     * participle, the speaker is the subject of the nearest clause above it that has one (outside the participle's
     * own phrase, which the parser sometimes makes that subject).
     */
    static int enclosingSubject(AnnotatedText at, int participle) {
        // A participle hung on the clause it introduces ("adding he would ...") shares that clause's words.
        Token p = at.token(participle);
        int clause = ParseWords.isDemotedParticiple(at, p) ? p.head() : participle;
        int[] own = at.subtreeRange(clause, k -> false);
        for (int up = at.token(clause).head(); up >= 0; up = at.token(up).head()) {
            for (int k : at.children(up)) {
                if (at.token(k).relation().equals("nsubj") && (k < own[0] || k > own[1])) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * "..., said Muhammad Hamud, a soldier": a name or pronoun right after a cue with no subject. Right after a
     * quotation ('"...," said one former official'), any noun phrase: there the words after the cue can only be
     * its speaker, however they begin ("one", "several", "his", "former", "election lawyer").
     */
    static int[] invertedSubject(AnnotatedText at, int cueFirst, int cueLast) {
        int k = cueLast + 1;
        if (k >= at.tokens().size() || at.token(k).sentence() != at.token(cueLast).sentence()) {
            return null;
        }
        if (ContentRanges.isTellingVerb(at.token(cueFirst))) {
            return null; // '"...," Butz told The Huffington Post': the one told, never the speaker
        }
        Token first = at.token(k);
        // Not for a participle: in '"..." Lamenting their luck, ...' the words after it are its object
        boolean afterQuote = cueFirst > 0 && ParseWords.isQuoteMark(at.token(cueFirst - 1))
                && !at.token(cueFirst).pos().equals("VBG");
        if (!(first.isProperNoun() || first.isPronoun() || first.pos().equals("DT")
                || afterQuote && opensNounPhrase(first))) {
            return null;
        }
        int last = k;
        while (last + 1 < at.tokens().size() && at.token(last + 1).sentence() == first.sentence()
                && ParseWords.isNounPhraseWord(at.token(last + 1))) {
            last++;
        }
        int head = ParseWords.nounHead(at, k, last);
        if (ParseWords.isTimeNoun(at.token(head))) {
            return null; // '"...," Flynn said Thursday morning': the time of the saying, not its speaker
        }
        if (predicateFollows(at, last)) {
            return null; // "Clinton, campaigning in Ohio, said Trump is ...": the reported clause's subject
        }
        int[] tree = at.subtreeRange(head, x -> ParseWords.isEdgePunct(at, x) || at.token(x).isVerb() || x < k);
        int end = Math.max(tree[1], last);
        for (int x = k; x <= end; x++) {
            if (ParseWords.isQuoteMark(at.token(x))) {
                end = x - 1; // "..., said Piet Aaland, "but ...": the second half of a split quote
                break;
            }
        }
        while (end > k && ParseWords.isTrimmable(at.token(end))) {
            end--;
        }
        return new int[]{k, end, head};
    }

    /**
     * "a senator who said ...": the mention stays "who" and the senator is what it resolves to; a bare relative
     * "that" is replaced by its noun as the mention. The clause may be one the parser hung loosely on the noun.
     */
    static void resolveRelativePronoun(AnnotatedText at, Candidate c, int subject) {
        Token s = at.token(subject);
        if (!ParseWords.isRelativePronoun(s)) {
            return;
        }
        int clause = s.head();
        if (clause < 0 || !isRelativeClause(at, clause)) {
            return;
        }
        int noun = at.token(clause).head();
        int[] range = at.subtreeRange(noun, k -> k == clause || ParseWords.isEdgePunct(at, k));
        if (s.word().equalsIgnoreCase("that")) {
            // "rules that promise to transform the economy": a bare "that" says nothing to a reader, so the noun
            // it stands for is the mention (PolNeAR's annotators mostly marked it so too, unlike "who").
            CandidateSpans.setSource(at, c, range, noun);
            return;
        }
        c.antecedentStart = at.token(range[0]).start();
        c.antecedentEnd = at.token(range[1]).end();
        c.antecedentHead = noun;
    }

    /** A relative clause, or a clause the parser hung loosely on a noun ("Brede, who spoke ..."). */
    private static boolean isRelativeClause(AnnotatedText at, int clause) {
        Token t = at.token(clause);
        return t.head() >= 0 && (t.relation().equals("acl:relcl")
                || t.relation().equals("dep") && at.token(t.head()).isNoun());
    }
}
