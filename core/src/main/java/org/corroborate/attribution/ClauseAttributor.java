package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * Reported speech from the dependency parse: a cue verb from the lexicon, its subject as the source and its
 * clausal complement (or object) as the content. Covers "X said (that) ...", "..., X said", "said X",
 * "X told RT that ...", "X denied the reports", "X reported allegations that ...", "according to X, ..." and
 * "..., citing X" (which makes X the source and the citing party a link in the chain).
 */
final class ClauseAttributor {
    private static final java.util.Set<String> TOPIC_PREPOSITIONS =
            java.util.Set.of("about", "of", "on", "against", "for", "over", "to", "with", "by");
    private final CueLexicon cues;
    private final CueModel cueModel;
    private final Lexicon timeNouns = Lexicon.load("time-nouns.txt");

    ClauseAttributor(CueLexicon cues) {
        this.cues = cues;
        this.cueModel = new CueModel(cues);
    }

    List<Candidate> find(AnnotatedText at, List<Quote> quotes) {
        List<Candidate> out = new ArrayList<>();
        for (Token t : at.tokens()) {
            if (t.head() < 0 && !t.relation().equals("root")) {
                continue; // sentence was not parsed: nothing to attribute in it
            }
            Candidate c = null;
            if (isAccordingTo(at, t)) {
                c = accordingTo(at, t);
            } else if (t.isVerb() && cueModel.isCue(at, t, Quote.anyHolds(quotes, t.start(), t.end())) && !isCitingLink(at, t)
                    && !isNounModifier(t) && !isIdentityClaim(at, t)) {
                c = verbCue(at, t, quotes);
            }
            if (c != null) {
                citedBy(at, t.index(), c);
                out.add(c);
            }
        }
        return withoutCitingLinks(withoutInnerCues(at, out));
    }

    /**
     * "Reuters cited an interview in which a man claimed ...": "cited" is a statement of its own ("Clinton cited
     * his remarks as examples"), unless what was cited holds another statement; then the citer is only a link in
     * that statement's chain ({@link #citedBy}).
     */
    private List<Candidate> withoutCitingLinks(List<Candidate> found) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            boolean link = cues.isLinkOnly(c.cueLemma) && found.stream().anyMatch(
                    o -> o != c && o.cueStart >= c.contentStart && o.cueStart < c.contentEnd);
            if (!link) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * "declined to comment on the report": "comment" heads the content of "declined", not a statement of its
     * own. Drops a cue that is the open complement (xcomp) of another cue.
     */
    private static List<Candidate> withoutInnerCues(AnnotatedText at, List<Candidate> found) {
        java.util.Set<Integer> cueTokens = new java.util.HashSet<>();
        for (Candidate c : found) {
            cueTokens.add(c.cueToken);
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            Token t = c.cueToken >= 0 ? at.token(c.cueToken) : null;
            boolean inner = t != null && t.relation().equals("xcomp") && cueTokens.contains(t.head());
            if (!inner) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static boolean isAccordingTo(AnnotatedText at, Token t) {
        return t.word().equalsIgnoreCase("according") && t.index() + 1 < at.tokens().size()
                && at.token(t.index() + 1).word().equalsIgnoreCase("to");
    }

    /**
     * "according to X, Y" / "Y, according to X": read from the surface, because parsers attach "according to"
     * in many ways. X runs to the next comma or the sentence end; the content is the rest of the sentence.
     */
    private Candidate accordingTo(AnnotatedText at, Token according) {
        var sentence = at.sentenceOf(according);
        int to = according.index() + 1;
        int srcFirst = to + 1;
        int srcLast = srcFirst;
        while (srcLast + 1 < sentence.endToken() && !isClauseBreak(at.token(srcLast + 1))) {
            srcLast++;
        }
        if (srcFirst >= sentence.endToken()) {
            return null;
        }
        Candidate c = new Candidate();
        c.cueStart = according.start();
        c.cueEnd = at.token(to).end();
        c.cueLemma = "according to";
        c.cueToken = according.index();
        setSource(at, c, new int[]{srcFirst, srcLast}, nounHead(at, srcFirst, srcLast));
        int before = according.index() - sentence.firstToken();
        int after = sentence.endToken() - 1 - srcLast;
        int[] content = before >= after ? new int[]{sentence.firstToken(), according.index() - 1}
                : new int[]{srcLast + 1, sentence.endToken() - 1};
        setContent(at, c, content);
        c.rule = "according-to";
        return c.contentStart < c.contentEnd ? c : null;
    }

    /**
     * "The issue was first reported by The Washington Post": the agent is the source and the passive subject the
     * content; "by" belongs to the cue.
     */
    private Candidate passiveWithAgent(AnnotatedText at, Token v) {
        int subject = -1;
        int agent = -1;
        int by = -1;
        for (int k : at.children(v.index())) {
            String rel = at.token(k).relation();
            if (rel.equals("nsubj:pass")) {
                subject = k;
            } else if (rel.startsWith("obl") && k > v.index()) {
                int marker = caseMarker(at, k);
                if (marker >= 0 && at.token(marker).word().equalsIgnoreCase("by")) {
                    agent = k;
                    by = marker;
                }
            }
        }
        if (subject < 0 || agent < 0) {
            return null;
        }
        Candidate c = new Candidate();
        int[] cueRange = cueRange(at, v);
        c.cueStart = at.token(cueRange[0]).start();
        c.cueEnd = at.token(by).end();
        c.cueLemma = v.lemma();
        c.cueToken = v.index();
        int marker = by;
        setSource(at, c, at.subtreeRange(agent, k -> k == marker || isEdgePunct(at, k)), agent);
        int verb = v.index();
        setContent(at, c, at.subtreeRange(subject, k -> k == verb || isEdgePunct(at, k)));
        c.rule = "passive-agent";
        return c.contentStart < c.contentEnd && c.contentEnd <= c.cueStart ? c : null;
    }

    private static boolean isClauseBreak(Token t) {
        String w = t.word();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!");
    }

    /** The last noun of a token range whose head lies outside it; the range's last token when none. */
    private static int nounHead(AnnotatedText at, int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = at.token(k);
            if ((t.isNoun() || t.isPronoun()) && (t.head() < first || t.head() > last)) {
                return k;
            }
        }
        return last;
    }

    private Candidate verbCue(AnnotatedText at, Token v, List<Quote> quotes) {
        Candidate passive = passiveWithAgent(at, v);
        if (passive != null) {
            return passive;
        }
        int content = -1;
        String rule = null;
        for (int k : at.children(v.index())) {
            String rel = at.token(k).relation();
            if (rel.equals("ccomp") || rel.equals("csubj")) {
                content = k;
                rule = "verb-complement";
                if (k > v.index() || isQuoted(at, k, quotes)) {
                    break; // "As odd as it seems, he said, the deal helped": the clause after the cue is the content
                }
            }
        }
        if (content < 0) {
            for (int k : at.children(v.index())) {
                String rel = at.token(k).relation();
                if (rel.equals("xcomp") && at.token(k).isVerb()) {
                    content = k; // "urged voters to stay home": the object is the addressee, not the content
                    rule = "verb-xcomp";
                    break;
                }
                if ((rel.equals("obj") || rel.equals("dobj")) && cues.takesObjectAsContent(v.lemma())
                        && content < 0) {
                    content = k;
                    rule = "verb-object";
                }
            }
        }
        if (content < 0) {
            // "X reported on Sunday, citing Y, that ...": the parser often hangs the clause on "citing".
            for (int k : at.children(v.index())) {
                if (isCitingLink(at, at.token(k))) {
                    for (int g : at.children(k)) {
                        if (at.token(g).relation().equals("ccomp") && g > k) {
                            content = g;
                            rule = "verb-complement";
                        }
                    }
                }
            }
        }
        if (content >= 0 && "verb-object".equals(rule) && isClausalSubject(at, v)) {
            // "He said the nation has become ...", parsed as if "He said the nation" were the subject of
            // "become": the object starts the reported clause, which runs to the end of the governing one.
            int[] cueRange = cueRange(at, v);
            Candidate c = cueOnly(at, v, cueRange);
            int first = at.subtreeRange(content, k -> false)[0];
            int last = at.subtreeRange(v.head(), k -> false)[1];
            while (last > first && isEdgePunct(at, last) && !isQuoteMark(at.token(last))) {
                last--;
            }
            setContent(at, c, new int[]{first, last});
            c.rule = "verb-clausal-subject";
            return withSubject(at, v, c, cueRange, quotes);
        }
        int topicCase = -1;
        // A participle's topic ("..., referring to the evacuees") qualifies the speech; it is not speech itself.
        if (content < 0 && !v.pos().equals("VBG")) {
            // "spoke about the plan", "called for a ban", "railed against the deal": the topic is the content and
            // the preposition belongs to the cue.
            for (int k : at.children(v.index())) {
                String rel = at.token(k).relation();
                // "called on Trump to stop" and "called for reducing the rate" parse as adverbial clauses
                if (k > v.index() && (rel.equals("obl") || rel.equals("advcl"))) {
                    int preposition = rel.equals("obl") ? caseMarker(at, k) : leadingMarker(at, k);
                    if (preposition == v.index() + 1 && TOPIC_PREPOSITIONS.contains(at.token(preposition).lemma())
                            && !timeNouns.contains(at.token(k).lemma())) {
                        content = k;
                        topicCase = preposition;
                        rule = "verb-topic";
                        break;
                    }
                }
            }
        }
        int[] cueRange = cueRange(at, v);
        if (topicCase >= 0) {
            cueRange[1] = Math.max(cueRange[1], topicCase);
        }
        Candidate c = cueOnly(at, v, cueRange);
        if (content >= 0) {
            int skip = topicCase;
            int[] range = at.subtreeRange(content, k -> k == skip);
            if ("verb-xcomp".equals(rule)) {
                range = fromAddressee(at, v.index(), content, range);
            } else if ("verb-object".equals(rule) || "verb-topic".equals(rule)) {
                range = throughClauseEnd(at, v.index(), range);
            } else if ("verb-complement".equals(rule)) {
                range = throughConjuncts(at, v, range);
            }
            setContent(at, c, range);
        } else if (isParenthetical(at, v) && (isSpeechVerb(v) || !looseAttachment(v))) {
            // "Y, X said" / "Y, said X": the cue hangs off the reported clause, which is the content.
            int head = v.head();
            int[] range = at.subtreeRange(head, k -> k == v.index());
            int[] cueTree = at.subtreeRange(v.index(), k -> false);
            var sentence = at.sentenceOf(v);
            if (onlyPunctuationAfter(at, cueTree[1], sentence.endToken())) {
                // "..., a source said.": everything before the source is what was said, however it parsed.
                range = new int[]{sentence.firstToken(), Math.min(cueTree[0], cueRange[0]) - 1};
            }
            setContent(at, c, trimAround(at, range, Math.min(cueTree[0], cueRange[0]), cueTree[1]));
            rule = "parenthetical";
        } else if (quoteAfterColon(at, v, quotes) != null) {
            // 'He said:' closing a paragraph, and the next paragraph is the quote.
            Quote q = quoteAfterColon(at, v, quotes);
            c.contentStart = q.innerStart();
            c.contentEnd = q.innerEnd();
            rule = "quote-after-colon";
        } else if (quoteBefore(at, v, quotes) != null) {
            // '"Will you pledge not to pardon her?" he asks.': the question mark ended the quote's sentence, so
            // the cue's own sentence holds nothing but its speaker.
            Quote q = quoteBefore(at, v, quotes);
            c.contentStart = q.innerStart();
            c.contentEnd = q.innerEnd();
            rule = "quote-before-sentence";
        } else if (isUnattachedFiniteVerb(v) || cues.isStrongCue(v.lemma()) && isFinite(v)) {
            return surfaceCue(at, v, c, quotes);
        } else if (!v.pos().equals("VBG") && rightOfCue(at, v) != null) {
            // "Lawmakers have not said when they would vote", "has mentioned refinancing loans": the model took
            // the verb for a cue, and whatever the parser hung after it is what was said. Not for participles:
            // "..., she said, referring to the evacuees" qualifies the speech.
            setContent(at, c, rightOfCue(at, v));
            rule = "verb-rest";
        } else {
            return null;
        }
        c.rule = rule;
        return withSubject(at, v, c, cueRange, quotes);
    }

    private static Candidate cueOnly(AnnotatedText at, Token v, int[] cueRange) {
        Candidate c = new Candidate();
        c.cueStart = at.token(cueRange[0]).start();
        c.cueEnd = at.token(cueRange[1]).end();
        c.cueLemma = v.lemma();
        c.cueToken = v.index();
        return c;
    }

    /** Adds the source (the verb's subject, or a name right after it) and any "citing" link to a candidate. */
    private Candidate withSubject(AnnotatedText at, Token v, Candidate c, int[] cueRange, List<Quote> quotes) {
        int speaker = speakerOf(at, v.index(), quotes);
        if (speaker < 0 && quotedSubject(at, v.index(), quotes) >= 0) {
            // '"Wall Street's a cynical place," said Tim Hess': the parser made the quote the subject and the
            // speaker the object; the quote is what was said.
            int[] inverted = invertedSubject(at, cueRange[1]);
            if (inverted == null) {
                return null;
            }
            int quoted = quotedSubject(at, v.index(), quotes);
            setContent(at, c, at.subtreeRange(quoted, k -> k == v.index() || k > v.index()));
            setSource(at, c, inverted, inverted[2]);
            c.rule = "quoted-subject";
            return c.contentStart < c.contentEnd ? c : null;
        }
        int subject = speaker < 0 && v.pos().equals("VBG") && afterComma(at, v.index())
                ? enclosingSubject(at, v.index()) : speaker;
        if (subject >= 0) {
            int verb = v.index();
            int[] src = at.subtreeRange(subject, k -> k == verb || isEdgePunct(at, k)
                    || at.token(k).relation().startsWith("acl") && k > subject);
            setSource(at, c, src, subject);
            setAntecedent(at, c, subject);
        } else {
            int[] inverted = invertedSubject(at, cueRange[1]);
            if (inverted != null) {
                setSource(at, c, inverted, inverted[2]);
            }
        }
        citing(at, v.index(), c);
        return c.contentStart < c.contentEnd ? c : null;
    }

    /** "Reuters cited an interview in which a man claimed ...": the citer is a link in the man's chain. */
    private void citedBy(AnnotatedText at, int cue, Candidate c) {
        for (int k = at.token(cue).head(); k >= 0; k = at.token(k).head()) {
            Token t = at.token(k);
            if (cues.isLinkOnly(t.lemma()) && t.isVerb() && !isCitingLink(at, t)) {
                int subject = subjectOf(at, k);
                if (subject >= 0) {
                    int[] src = at.subtreeRange(subject, x -> isEdgePunct(at, x) || x > subject + 6);
                    c.via.add(0, new int[]{at.token(src[0]).start(), at.token(src[1]).end(), subject});
                }
                return;
            }
        }
    }

    private boolean isSpeechVerb(Token v) {
        return cues.isSpeechVerb(v.lemma());
    }

    /** Coordinated or adverbial clauses ("and some applauded when ... was read out") rarely frame speech. */
    private static boolean looseAttachment(Token v) {
        return v.relation().equals("conj") || v.relation().equals("advcl");
    }

    /** "..., citing X": X becomes the source and the citer moves into the chain. */
    private void citing(AnnotatedText at, int governor, Candidate c) {
        for (int k : at.children(governor)) {
            Token t = at.token(k);
            if (!isCitingLink(at, t)) {
                continue;
            }
            for (int o : at.children(k)) {
                String rel = at.token(o).relation();
                if (rel.equals("obj") || rel.equals("dobj")) {
                    if (c.hasSource()) {
                        c.via.add(new int[]{c.sourceStart, c.sourceEnd, c.sourceHead});
                    }
                    int[] src = at.subtreeRange(o, x -> isEdgePunct(at, x));
                    setSource(at, c, src, o);
                    c.rule = c.rule + "+citing";
                    return;
                }
            }
        }
    }

    /** "an interview posted online", "the claimed link": a participle describing a noun, not a cue. */
    private static boolean isNounModifier(Token t) {
        return t.pos().equals("VBN") && (t.relation().equals("acl") || t.relation().equals("amod"));
    }

    /** A participle "citing" hanging off another cue or clause: part of a chain, not a statement of its own. */
    private static boolean isCitingLink(AnnotatedText at, Token t) {
        return t.lemma().equals("cite") && t.pos().equals("VBG") && t.head() >= 0;
    }

    private static boolean isParenthetical(AnnotatedText at, Token v) {
        if (v.head() < 0 || v.pos().equals("VBG")) {
            return false;
        }
        String rel = v.relation();
        return rel.equals("parataxis") || rel.equals("dep") || (rel.equals("ccomp") && v.index() > v.head())
                || (rel.equals("conj") && v.index() > v.head())
                || (rel.equals("advcl") && v.index() > v.head());
    }

    /**
     * The subject of a cue verb, unless the parser took a quotation for it ('"My hope," he said, "is ..."'): a
     * quoted phrase is what was said, not who said it, so another subject outside the marks is taken, or none.
     */
    private static int speakerOf(AnnotatedText at, int verb, List<Quote> quotes) {
        int subject = subjectOf(at, verb);
        if (subject < 0 || !isQuoted(at, subject, quotes) || isQuoted(at, verb, quotes)) {
            return subject;
        }
        for (int k : at.children(verb)) {
            if (at.token(k).relation().startsWith("nsubj") && !isQuoted(at, k, quotes)) {
                return k;
            }
        }
        return -1;
    }

    /** The verb's own subject when it lies inside quotation marks and the verb does not; -1 otherwise. */
    private static int quotedSubject(AnnotatedText at, int verb, List<Quote> quotes) {
        if (isQuoted(at, verb, quotes)) {
            return -1;
        }
        for (int k : at.children(verb)) {
            if (at.token(k).relation().equals("nsubj") && k < verb && isQuoted(at, k, quotes)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isQuoted(AnnotatedText at, int k, List<Quote> quotes) {
        Token t = at.token(k);
        return Quote.anyHolds(quotes, t.start(), t.end());
    }

    /** The subject of a verb; for participles and coordinated verbs ("..., saying", "and added") the governor's. */
    private static int subjectOf(AnnotatedText at, int verb) {
        int current = verb;
        for (int depth = 0; depth < 3 && current >= 0; depth++) {
            for (int k : at.children(current)) {
                String rel = at.token(k).relation();
                if (rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("nmod:agent")) {
                    return k; // a relative "who" stays: its antecedent is found by antecedentOf
                }
            }
            String rel = at.token(current).relation();
            if (!(rel.equals("xcomp") || rel.equals("advcl") || rel.equals("conj") || rel.startsWith("acl")
                    || rel.equals("dep") && at.token(current).isVerb())) {
                return -1;
            }
            if (rel.startsWith("acl") && !rel.equals("acl:relcl")) {
                int noun = at.token(current).head();
                if (!afterComma(at, current)) {
                    return noun; // "a statement saying ...": the noun speaks
                }
                // "X spoke about the death of Y, arguing that ...": set off by a comma, the participle belongs
                // to the clause, whatever noun the parser hung it on.
                current = clauseVerbOf(at, noun);
                continue;
            }
            current = at.token(current).head();
        }
        return -1;
    }

    /** The words the parser hung on the cue after it (not its punctuation or coordinated clauses), or null. */
    private static int[] rightOfCue(AnnotatedText at, Token v) {
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

    /** The cue verb was parsed as the clausal subject of a verb after it. */
    private static boolean isClausalSubject(AnnotatedText at, Token v) {
        return v.relation().equals("csubj") && v.head() > v.index();
    }

    /**
     * "Reid went after Trump for not releasing his returns, claiming that ...": however the parser hung the
     * participle, the speaker is the subject of the nearest clause above it that has one (outside the participle's
     * own phrase, which the parser sometimes makes that subject).
     */
    private static int enclosingSubject(AnnotatedText at, int participle) {
        int[] own = at.subtreeRange(participle, k -> false);
        for (int up = at.token(participle).head(); up >= 0; up = at.token(up).head()) {
            for (int k : at.children(up)) {
                if (at.token(k).relation().equals("nsubj") && (k < own[0] || k > own[1])) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static boolean afterComma(AnnotatedText at, int k) {
        return k > 0 && at.token(k - 1).word().equals(",");
    }

    /** The nearest verb above a word in the parse, or -1. */
    private static int clauseVerbOf(AnnotatedText at, int k) {
        for (int up = at.token(k).head(); up >= 0; up = at.token(up).head()) {
            if (at.token(up).isVerb()) {
                return up;
            }
        }
        return -1;
    }

    /** "a senator who said ...": the mention is "who"; the senator is what it resolves to. */
    private static void setAntecedent(AnnotatedText at, Candidate c, int subject) {
        Token s = at.token(subject);
        if (!(s.pos().equals("WP") || s.pos().equals("WDT"))) {
            return;
        }
        int clause = s.head();
        if (clause < 0 || !at.token(clause).relation().equals("acl:relcl") || at.token(clause).head() < 0) {
            return;
        }
        int noun = at.token(clause).head();
        int[] range = at.subtreeRange(noun, k -> k == clause || isEdgePunct(at, k));
        if (s.word().equalsIgnoreCase("that")) {
            // "rules that promise to transform the economy": a bare "that" says nothing to a reader, so the noun
            // it stands for is the mention (PolNeAR's annotators mostly marked it so too, unlike "who").
            setSource(at, c, range, noun);
            return;
        }
        c.antecedentStart = at.token(range[0]).start();
        c.antecedentEnd = at.token(range[1]).end();
        c.antecedentHead = noun;
    }

    /** Cue words: the verb with its adjacent auxiliaries, negation and particle ("has said", "pointed out"). */
    private static int[] cueRange(AnnotatedText at, Token v) {
        int first = v.index();
        int last = v.index();
        for (int k : at.children(v.index())) {
            String rel = at.token(k).relation();
            boolean glue = rel.startsWith("aux") || rel.equals("neg") || rel.equals("compound:prt")
                    || (rel.equals("advmod") && at.token(k).lemma().equals("not"));
            if (glue && k == first - 1) {
                first = k;
            } else if (glue && k == last + 1) {
                last = k;
            }
        }
        // Walk outwards again for "has also said" style gaps of one adverb.
        return new int[]{first, last};
    }

    /** The first word of a clause when it is its "case" or "mark" preposition; -1 otherwise. */
    private static int leadingMarker(AnnotatedText at, int clause) {
        int first = at.subtreeRange(clause, k -> false)[0];
        Token t = at.token(first);
        boolean marker = t.head() == clause && (t.relation().equals("case") || t.relation().equals("mark"));
        return marker && t.pos().equals("IN") ? first : -1;
    }

    private static int caseMarker(AnnotatedText at, int noun) {
        for (int g : at.children(noun)) {
            if (at.token(g).relation().equals("case")) {
                return g;
            }
        }
        return -1;
    }

    /**
     * "dismissed the reports as rumours", "criticized Obama for not doing so", "described behaviour by X behind
     * the scenes": what follows the object in the verb's clause belongs to the content too.
     */
    private static int[] throughClauseEnd(AnnotatedText at, int verb, int[] range) {
        int end = range[1];
        for (int k : at.children(verb)) {
            String rel = at.token(k).relation();
            if (k > range[1] && !rel.equals("punct") && !rel.equals("parataxis") && !rel.equals("cc")
                    && !rel.equals("conj") && !rel.startsWith("nsubj")) {
                end = Math.max(end, at.subtreeRange(k, x -> false)[1]);
            }
        }
        return new int[]{range[0], end};
    }

    /**
     * "she says she hopes to win, but she knows that ...": the parser hangs the second clause on the cue, yet it
     * is part of what was said, unless it is a cue of its own ("said X and added Y").
     */
    private int[] throughConjuncts(AnnotatedText at, Token v, int[] range) {
        int end = range[1];
        for (int k : at.children(v.index())) {
            Token t = at.token(k);
            if (k > end && t.relation().equals("conj") && !cues.mayHeadCue(t.lemma())
                    && !hasVerbOrQuote(at, end + 1, at.subtreeRange(k, x -> false)[0] - 1)
                    && !containsQuoteMark(at, at.subtreeRange(k, x -> false))) {
                end = at.subtreeRange(k, x -> false)[1];
            }
        }
        while (end > range[1] && isEdgePunct(at, end) && !isQuoteMark(at.token(end))) {
            end--;
        }
        return new int[]{range[0], end};
    }

    /** "..., said Muhammad Hamud, a soldier": a name or pronoun right after a cue with no subject. */
    private static int[] invertedSubject(AnnotatedText at, int cueLast) {
        int k = cueLast + 1;
        if (k >= at.tokens().size() || at.token(k).sentence() != at.token(cueLast).sentence()) {
            return null;
        }
        Token first = at.token(k);
        if (!(first.isProperNoun() || first.isPronoun() || first.pos().equals("DT"))) {
            return null;
        }
        int last = k;
        while (last + 1 < at.tokens().size() && at.token(last + 1).sentence() == first.sentence()
                && isNounPhraseWord(at.token(last + 1))) {
            last++;
        }
        int head = nounHead(at, k, last);
        int[] tree = at.subtreeRange(head, x -> isEdgePunct(at, x) || at.token(x).isVerb() || x < k);
        int end = Math.max(tree[1], last);
        for (int x = k; x <= end; x++) {
            if (isQuoteMark(at.token(x))) {
                end = x - 1; // "..., said Piet Aaland, "but ...": the second half of a split quote
                break;
            }
        }
        while (end > k && isTrimmable(at.token(end))) {
            end--;
        }
        return new int[]{k, end, head};
    }

    private static boolean onlyPunctuationAfter(AnnotatedText at, int last, int sentenceEnd) {
        for (int k = last + 1; k < sentenceEnd; k++) {
            if (!at.token(k).relation().equals("punct") && Character.isLetterOrDigit(at.token(k).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A quote that starts right after the cue's sentence when that sentence ends "said:"; null otherwise. */
    private static Quote quoteAfterColon(AnnotatedText at, Token v, List<Quote> quotes) {
        var sentence = at.sentenceOf(v);
        int last = sentence.endToken() - 1;
        if (last != cueRange(at, v)[1] + 1 || !at.token(last).word().equals(":")) {
            return null;
        }
        int sentenceEnd = at.token(last).end();
        for (Quote q : quotes) {
            if (q.start() >= sentenceEnd && at.text().substring(sentenceEnd, q.start()).isBlank()) {
                return q;
            }
        }
        return null;
    }

    /**
     * A closed quote that ends right where the cue's sentence starts, when that sentence says nothing after its
     * cue ("he asks."); null otherwise.
     */
    private static Quote quoteBefore(AnnotatedText at, Token v, List<Quote> quotes) {
        var sentence = at.sentenceOf(v);
        int[] cueTree = at.subtreeRange(v.index(), k -> false);
        if (!onlyPunctuationAfter(at, cueRange(at, v)[1], sentence.endToken())
                || cueTree[0] != sentence.firstToken()) {
            return null;
        }
        int sentenceStart = at.token(sentence.firstToken()).start();
        for (Quote q : quotes) {
            if (q.closed() && q.end() <= sentenceStart && sentenceStart - q.end() <= 2
                    && at.text().substring(q.end(), sentenceStart).isBlank()) {
                return q;
            }
        }
        return null;
    }

    /** A split quote's second half hangs on the cue as a conjunct too; the quote attributor joins it instead. */
    private static boolean containsQuoteMark(AnnotatedText at, int[] range) {
        for (int k = range[0]; k <= range[1]; k++) {
            if (isQuoteMark(at.token(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbOrQuote(AnnotatedText at, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (at.token(k).isVerb() || isQuoteMark(at.token(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isQuoteMark(Token t) {
        String w = t.word();
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("«") || w.equals("»") || w.equals("''")
                || w.equals("``");
    }

    private static boolean isNounPhraseWord(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("CD");
    }

    /**
     * The parser left a finite cue verb hanging ("a man who said he was a worker claimed snipers were ...").
     * Read it from the surface: the source is the largest noun phrase ending right before the cue, the
     * content runs to the end of the sentence.
     */
    private Candidate surfaceCue(AnnotatedText at, Token v, Candidate c, List<Quote> quotes) {
        var sentence = at.sentenceOf(v);
        int before = v.index() - 1;
        if (before < sentence.firstToken() || v.index() + 1 >= sentence.endToken()) {
            return null;
        }
        int sourceHead = speakerOf(at, v.index(), quotes);
        if (sourceHead >= 0) {
            int subject = sourceHead;
            int[] src = at.subtreeRange(subject, x -> x == v.index() || isEdgePunct(at, x)
                    || at.token(x).relation().startsWith("acl") && x > subject);
            setSource(at, c, src, subject);
            int first = afterAddressee(at, v, src[1] < v.index() ? v.index() + 1 : Math.max(v.index(), src[1]) + 1);
            int last = sentence.endToken() - 1;
            while (last > first && isClauseBreak(at.token(last))) {
                last--;
            }
            if (last - first < 2 || !hasVerbOrQuote(at, first, last)) {
                // Nothing said after "X said (from the scene)": the content is what comes before the source.
                first = sentence.firstToken();
                last = Math.min(src[0], v.index()) - 1;
            } else if (at.token(first).word().equalsIgnoreCase("that")) {
                first++;
            }
            setContent(at, c, new int[]{first, last});
            c.rule = "surface-cue";
            return c.contentStart < c.contentEnd ? c : null;
        }
        for (int k = before; k >= 0 && k >= sentence.firstToken(); k = at.token(k).head()) {
            int[] tree = at.subtreeRange(k, x -> x >= v.index());
            if (tree[1] == before && at.token(k).isNoun()) {
                sourceHead = k;
            }
            if (at.token(k).head() < 0) {
                break;
            }
        }
        if (sourceHead < 0) {
            return null;
        }
        int[] src = at.subtreeRange(sourceHead, x -> x >= v.index() || isEdgePunct(at, x));
        setSource(at, c, new int[]{src[0], before}, sourceHead);
        int from = v.index() + 1;
        if (at.token(from).word().equalsIgnoreCase("that")) {
            from++;
        }
        int to = sentence.endToken() - 1;
        while (to > from && isClauseBreak(at.token(to))) {
            to--;
        }
        setContent(at, c, new int[]{from, to});
        c.rule = "surface-cue";
        return c.contentStart < c.contentEnd ? c : null;
    }

    /**
     * "urged voters to stay home": the ones urged are part of what was urged (PolNeAR's content is "voters to stay
     * home"), so an object between the cue and its open clause starts the content.
     */
    private static int[] fromAddressee(AnnotatedText at, int verb, int xcomp, int[] range) {
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
    private static int afterAddressee(AnnotatedText at, Token v, int first) {
        if (first < at.tokens().size() && at.token(first).head() == v.index()
                && at.token(first).relation().equals("iobj")) {
            int after = at.subtreeRange(first, x -> false)[1] + 1;
            if (after < at.sentenceOf(v).endToken() - 1) {
                return after;
            }
        }
        return first;
    }

    private static boolean isFinite(Token v) {
        String pos = v.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    private static boolean isUnattachedFiniteVerb(Token v) {
        boolean finite = isFinite(v);
        String rel = v.relation();
        return finite && (rel.equals("amod") || rel.equals("dep") || rel.equals("compound") || rel.equals("nmod"));
    }

    /** "who said he was a civil defense worker": an identity claim that describes a source, not a statement. */
    private static boolean isIdentityClaim(AnnotatedText at, Token v) {
        if (!v.relation().equals("acl:relcl")) {
            return false;
        }
        for (int k : at.children(v.index())) {
            Token t = at.token(k);
            if (t.relation().equals("ccomp")) {
                for (int g : at.children(k)) {
                    Token x = at.token(g);
                    if (x.relation().equals("cop") || x.lemma().equals("be") && x.relation().startsWith("aux")) {
                        return true;
                    }
                }
                return t.lemma().equals("be");
            }
        }
        return false;
    }

    /** Removes the excluded token range from whichever end of the content it sits at. */
    private static int[] trimAround(AnnotatedText at, int[] range, int exFirst, int exLast) {
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

    private static boolean isEdgePunct(AnnotatedText at, int k) {
        return at.token(k).relation().equals("punct");
    }

    private static void setSource(AnnotatedText at, Candidate c, int[] range, int head) {
        int first = range[0];
        int last = range[1];
        while (first < last && isTrimmable(at.token(first))) {
            first++;
        }
        while (last > first && isTrimmable(at.token(last))) {
            last--;
        }
        c.sourceStart = at.token(first).start();
        c.sourceEnd = at.token(last).end();
        c.sourceHead = head;
    }

    private static void setContent(AnnotatedText at, Candidate c, int[] range) {
        int first = range[0];
        int last = range[1];
        while (first <= last && isTrimmable(at.token(first))) {
            first++;
        }
        while (last >= first && isTrimmable(at.token(last))) {
            last--;
        }
        if (first > last) {
            c.contentStart = 0;
            c.contentEnd = 0;
            return;
        }
        c.contentStart = at.token(first).start();
        c.contentEnd = at.token(last).end();
    }

    private static boolean isTrimmable(Token t) {
        String w = t.word();
        return w.equals(",") || w.equals(":") || w.equals(";") || w.equals("-") || w.equals("--") || w.equals("—")
                || w.equals("–");
    }
}
