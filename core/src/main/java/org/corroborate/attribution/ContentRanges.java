package org.corroborate.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * How far the content of a cue reaches, as token ranges: through the rest of its clause, over a conjoined clause,
 * back to the one urged or expected, past an addressee, around a cue in the middle, or to a quote in the sentence
 * before or the paragraph after.
 */
final class ContentRanges {
    /** How many words of time or manner may follow a cue whose quote came just before ("said on Friday"). */
    private static final int MAX_ADJUNCT_WORDS = 4;
    /** Words that carry what was asked after "Asked": "if", "whether", "about", "on", "to" (and question words). */
    private static final Set<String> ASKED_ABOUT = Set.of("if", "whether", "about", "to", "on");
    /** Verbs whose object is the one spoken to ("told the BBC", "assured voters"), not what was said. */
    private static final Set<String> TELLING_VERBS = Set.of("tell", "inform", "assure", "remind", "notify");

    private ContentRanges() {
    }

    /**
     * "who said the sea wall was too weak", parsed with "the sea wall" as the object of "said" and "was too weak"
     * hung elsewhere: a verb right after the object, outside it, is the object's predicate, and the reported
     * clause runs on through that predicate's phrase.
     */
    static int[] throughStrandedPredicate(AnnotatedText at, int[] range) {
        int next = range[1] + 1;
        if (next >= at.tokens().size() || at.token(next).sentence() != at.token(range[0]).sentence()) {
            return range;
        }
        Token verb = at.token(next);
        boolean finite = verb.pos().equals("MD") || ParseWords.isFinite(verb);
        int predicate = verb.head();
        if (!finite || predicate <= range[1]) {
            return range;
        }
        int end = at.subtreeRange(predicate, k -> k < next || ParseWords.isEdgePunct(at, k) && k > predicate)[1];
        return new int[]{range[0], Math.max(range[1], end)};
    }

    /**
     * "dismissed the reports as rumours", "criticized Obama for not doing so", "described behaviour by X behind
     * the scenes": what follows the object in the verb's clause belongs to the content too, up to a participle
     * cue of its own ("spoke about the wall, saying it will be big").
     */
    static int[] throughClauseEnd(AnnotatedText at, int verb, int[] range, CueLexicon cues) {
        int end = range[1];
        for (int k : at.children(verb)) {
            Token t = at.token(k);
            String rel = t.relation();
            if (k > range[1] && ParseWords.isParticipleCue(at, t, cues)) {
                break;
            }
            if (k > range[1] && !rel.equals("punct") && !rel.equals("parataxis") && !rel.equals("cc")
                    && !rel.equals("conj") && !rel.startsWith("nsubj")) {
                end = Math.max(end, at.subtreeRange(k, x -> false)[1]);
            }
        }
        return new int[]{range[0], end};
    }

    /**
     * "wanted the council to close the quay, arguing that the boats were at risk": a participle cue closing the
     * content (the parser hangs it on "close") is a statement of its own, so the content ends before its comma.
     */
    static int[] beforeClosingParticiple(AnnotatedText at, int[] range, CueLexicon cues) {
        for (int k = range[0] + 1; k <= range[1]; k++) {
            Token t = at.token(k);
            if (ParseWords.isParticipleCue(at, t, cues) && !ParseWords.hasSubject(at, k)
                    && at.subtreeRange(k, x -> false)[1] >= range[1]) {
                return new int[]{range[0], ParseWords.lastBeforePunctuation(at, range[0], k - 1)};
            }
        }
        return range;
    }

    /**
     * "she says she hopes to win, but she knows that ...": the parser hangs the second clause on the cue, yet it
     * is part of what was said, unless it is a cue of its own ("said X and added Y").
     */
    static int[] throughConjuncts(AnnotatedText at, Token v, int[] range, CueLexicon cues) {
        int end = range[1];
        for (int k : at.children(v.index())) {
            Token t = at.token(k);
            if (k <= end || !t.relation().equals("conj") || cues.mayHeadCue(t.lemma())) {
                continue;
            }
            int[] tree = at.subtreeRange(k, x -> false);
            // A split quote's second half hangs on the cue as a conjunct too: the quote attributor joins it.
            if (!ParseWords.hasVerbOrQuote(at, end + 1, tree[0] - 1) && !ParseWords.containsQuoteMark(at, tree)) {
                end = tree[1];
            }
        }
        return new int[]{range[0], ParseWords.lastBeforePunctuation(at, range[1], end)};
    }

    /**
     * "urged voters to stay home": the ones urged are part of what was urged (PolNeAR's content is "voters to stay
     * home"), so an object between the cue and its open clause starts the content.
     */
    static int[] fromAddressee(AnnotatedText at, int verb, int xcomp, int[] range) {
        for (int k : at.children(verb)) {
            String rel = at.token(k).relation();
            boolean addressee = k > verb && k < xcomp && (rel.equals("obj") || rel.equals("iobj"));
            // "The losing side is expected to appeal": the one expected to act is part of the expectation.
            boolean passiveSubject = k < verb && rel.equals("nsubj:pass");
            if (addressee || passiveSubject) {
                return new int[]{at.subtreeRange(k, x -> false)[0], range[1]};
            }
        }
        return range;
    }

    /** "told reporters the roof fell": the one told (an indirect object right after the cue) is not content. */
    static int afterAddressee(AnnotatedText at, Token v, int first) {
        int object = -1;
        for (int k : at.children(v.index())) {
            if (k >= first && at.subtreeRange(k, x -> false)[0] == first) {
                object = k; // the dependent of the cue that the content would start with
            }
        }
        if (object < 0) {
            return first;
        }
        String rel = at.token(object).relation();
        int after = at.subtreeRange(object, x -> false)[1] + 1;
        // "told the BBC they had seen ...": the one told, however the parser labelled it; but "tells his
        // supporters to vote" and "asked Clinton about her emails" keep them, as PolNeAR marks it
        boolean clauseAfter = after < at.tokens().size()
                && !(at.token(after).pos().equals("TO") || at.token(after).pos().equals("IN"));
        boolean addressee = rel.equals("iobj")
                || rel.equals("obj") && isTellingVerb(v) && clauseAfter;
        if (addressee) {
            if (after < at.sentenceOf(v).endToken() - 1) {
                return after;
            }
        }
        return first;
    }

    /**
     * "Asked specifically what should be done with the boats, the fishermen said ...", where the parser did not
     * hang the question on "Asked": the question is what follows the cue up to the comma that closes its clause,
     * after a time ("Asked Tuesday about the closure"). Null when no comma closes it, or when nothing in it asks
     * (no question word, "if", "about" or "to": "when questioned after the debate").
     */
    static int[] askedQuestion(AnnotatedText at, Token asked) {
        int first = asked.index() + 1;
        int end = at.sentenceOf(asked).endToken();
        while (first < end && ParseWords.isTimeNoun(at.token(first))) {
            first++;
        }
        boolean asks = false;
        for (int k = first; k < end; k++) {
            Token t = at.token(k);
            if (t.word().equals(",")) {
                return asks ? new int[]{first, k - 1} : null;
            }
            if (ParseWords.isQuoteMark(t)) {
                return null;
            }
            asks |= ASKED_ABOUT.contains(t.word().toLowerCase(Locale.ROOT)) || t.pos().startsWith("W");
        }
        return null;
    }

    /** "tell", "assure", "remind": verbs whose object is the one told, not what was said. */
    static boolean isTellingVerb(Token v) {
        return TELLING_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "Witnesses said they had seen soldiers fire, but the army said ...": a clause joined on with a subject and a
     * cue of its own is another statement, so a content read from the surface ends before it.
     */
    static int beforeJoinedStatement(AnnotatedText at, int first, int last, CueLexicon cues) {
        for (int k = first + 1; k <= last; k++) {
            Token t = at.token(k);
            if (t.isVerb() && t.relation().equals("conj") && ParseWords.hasSubject(at, k) && cues.isCueVerb(t.lemma())) {
                int end = at.subtreeRange(k, x -> false)[0] - 1;
                while (end > first && (ParseWords.isClauseBreak(at.token(end)) || at.token(end).relation().equals("cc"))) {
                    end--;
                }
                return end;
            }
        }
        return last;
    }

    /** The words the parser hung on the cue after it (not its punctuation or coordinated clauses), or null. */
    static int[] rightOfCue(AnnotatedText at, Token v) {
        int first = -1;
        int last = -1;
        for (int k : at.children(v.index())) {
            String rel = at.token(k).relation();
            if (k > v.index() && !rel.equals("punct") && !rel.equals("cc") && !rel.equals("conj")
                    && !rel.startsWith("aux") && !rel.equals("compound:prt") && !rel.startsWith("nsubj")
                    && !rel.equals("advmod") && !rel.equals("parataxis")) {
                int[] tree = at.subtreeRange(k, x -> false);
                first = first < 0 ? tree[0] : Math.min(first, tree[0]);
                last = Math.max(last, tree[1]);
            }
        }
        return first < 0 ? null : new int[]{first, last};
    }

    /**
     * What a cue with only a time after it is about, when that stands before it: the passive subject ("The plan
     * was approved last year") or the noun a relative clause describes ("the tax cuts the leaders have been
     * discussing for weeks"). Null when there is none ("The council met on Tuesday").
     */
    static int[] beforeCue(AnnotatedText at, Token v) {
        for (int k : at.children(v.index())) {
            if (k < v.index() && at.token(k).relation().equals("nsubj:pass")) {
                return at.subtreeRange(k, x -> false);
            }
        }
        if (v.relation().equals("acl:relcl") && v.head() >= 0 && v.head() < v.index()) {
            int verb = v.index();
            int[] noun = at.subtreeRange(v.head(), x -> x == verb);
            return new int[]{noun[0], ParseWords.lastBeforePunctuation(at, noun[0], noun[1])};
        }
        return null;
    }

    /** "adding (that) he would never vote for her": the rest of the clause the participle was hung on. */
    static int[] clauseAfterDemotedParticiple(AnnotatedText at, Token participle) {
        int first = ParseWords.pastThat(at, participle.index() + 1);
        int last = at.subtreeRange(participle.head(), k -> false)[1];
        return new int[]{first, ParseWords.lastBeforePunctuation(at, first, last)};
    }

    /** Removes the excluded token range from whichever end of the content it sits at. */
    static int[] trimAround(int[] range, int exFirst, int exLast) {
        int first = range[0];
        int last = range[1];
        if (exFirst <= first && exLast >= first) {
            first = exLast + 1;
        } else if (exFirst <= last && exLast >= last) {
            last = exFirst - 1;
        } else if (exFirst > first && exLast < last) {
            // The cue sits inside ("A, she said, B"): keep the longer side; the other is a split quote.
            if (exFirst - first >= last - exLast) {
                last = exFirst - 1;
            } else {
                first = exLast + 1;
            }
        }
        return new int[]{first, last};
    }

    /**
     * A closed quote that ends right where the cue's sentence starts, in the same paragraph, when that sentence
     * says nothing after its cue but when or how ("he asks.", "Pence said in response."); null otherwise.
     */
    static Quote quoteBefore(AnnotatedText at, Token v, List<Quote> quotes) {
        var sentence = at.sentenceOf(v);
        int[] cueTree = at.subtreeRange(v.index(), k -> false);
        if (!onlyAdjunctsAfter(at, ParseWords.cueRange(at, v)[1], sentence.endToken())
                || cueTree[0] != sentence.firstToken()) {
            return null;
        }
        int sentenceStart = at.token(sentence.firstToken()).start();
        for (Quote q : quotes) {
            String gap = q.end() <= sentenceStart ? at.text().substring(q.end(), sentenceStart) : "\n";
            // in the same paragraph: a quote ending one paragraph is not what the next one's first verb said
            if (q.closed() && gap.length() <= 2 && gap.isBlank() && !gap.contains("\n")) {
                return q;
            }
        }
        return null;
    }

    /** Only punctuation after the cue, or a few words with no verb and no quotation ("on Friday", "in response"). */
    private static boolean onlyAdjunctsAfter(AnnotatedText at, int cueEnd, int sentenceEnd) {
        int words = 0;
        for (int k = cueEnd + 1; k < sentenceEnd; k++) {
            Token t = at.token(k);
            if (t.isVerb() || ParseWords.isQuoteMark(t)) {
                return false;
            }
            if (!ParseWords.isEdgePunct(at, k) && !ParseWords.isClauseBreak(t)) {
                words++;
            }
        }
        return words <= MAX_ADJUNCT_WORDS;
    }

    /**
     * '"...," said Fallon.': a closed quote whose closing mark comes right before the cue; null otherwise. (The parser sometimes makes the name the cue's complement and the quote a loose
     * dependent, so the shape is read from the surface.)
     */
    static Quote quoteRightBefore(AnnotatedText at, Token v, List<Quote> quotes) {
        return quoteClosingBefore(at, v.index(), quotes);
    }

    /** The closed quote whose closing mark is the token right before {@code token}, in its sentence; or null. */
    static Quote quoteClosingBefore(AnnotatedText at, int token, List<Quote> quotes) {
        int mark = token - 1;
        if (mark < at.sentenceOf(at.token(token)).firstToken() || !ParseWords.isQuoteMark(at.token(mark))) {
            return null;
        }
        int markEnd = at.token(mark).end();
        for (Quote q : quotes) {
            if (q.closed() && q.end() == markEnd) {
                return q;
            }
        }
        return null;
    }

    /**
     * A quote that opens right after "said:" or "tweeting,", in the same sentence or the next one (the parser often
     * makes such a quote the sentence's main clause, or a loose dependent of the cue); null otherwise.
     */
    static Quote quoteAfterCue(AnnotatedText at, Token v, List<Quote> quotes) {
        int colon = afterAddressee(at, v, ParseWords.cueRange(at, v)[1] + 1); // "telling the Tribune: ..."
        if (colon >= at.sentenceOf(v).endToken()
                || !(at.token(colon).word().equals(":") || at.token(colon).word().equals(","))) {
            return null;
        }
        int colonEnd = at.token(colon).end();
        for (Quote q : quotes) { // in text order: only the first quote after the colon can follow it
            if (q.start() >= colonEnd) {
                return at.text().substring(colonEnd, q.start()).isBlank() ? q : null;
            }
        }
        return null;
    }

    /**
     * "Limbaugh added:" closing its paragraph, with the words in the next paragraph and no quote opening it (a
     * block quote whose marks the page dropped): that paragraph, as character offsets; null otherwise.
     */
    static int[] paragraphAfterColon(AnnotatedText at, Token v, List<Quote> quotes) {
        int colon = ParseWords.cueRange(at, v)[1] + 1;
        if (colon >= at.sentenceOf(v).endToken() || !at.token(colon).word().equals(":")) {
            return null;
        }
        String text = at.text();
        int from = at.token(colon).end();
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int paragraph = start;
        if (start >= text.length() || !text.substring(from, start).contains("\n")
                || quotes.stream().anyMatch(q -> q.start() == paragraph)) {
            return null;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[]{start, end};
    }
}
