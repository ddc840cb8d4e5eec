package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * Reported speech from the dependency parse: a cue verb from the lexicon, its subject as the source and its
 * clausal complement (or object) as the content. Covers "X said (that) ...", "..., X said", "said X",
 * "X told RT that ...", "X denied the reports", "X reported allegations that ...", "according to X, ..." and
 * "..., citing X" (which makes X the source and the citing party a link in the chain). Which verb reading applies
 * is decided here; who speaks is {@link Speakers}', how far the content reaches {@link ContentRanges}', and the
 * questions about single words {@link ParseWords}'.
 */
final class ClauseAttributor {
    private static final Set<String> TOPIC_PREPOSITIONS =
            Set.of("about", "of", "on", "against", "for", "over", "to", "with", "by");
    /** Words that open an indirect question ("explaining why ..."); not "when", which is mostly the time. */
    private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "what", "whether", "who", "which");
    private static final Set<String> ASKING_VERBS = Set.of("ask", "wonder", "question", "inquire");
    private final CueLexicon cues;
    private final CueModel cueModel;
    private final CueIdioms idioms = new CueIdioms();
    private final SourcelessCues sourceless;
    private final CitedSpeakers citedSpeakers;
    private final SourcePhrases sourcePhrases;

    ClauseAttributor(CueLexicon cues, SourceTyper typer) {
        this.cues = cues;
        this.cueModel = new CueModel(cues);
        this.sourceless = new SourcelessCues(cues);
        this.citedSpeakers = new CitedSpeakers(typer);
        this.sourcePhrases = new SourcePhrases(cues);
    }

    List<Candidate> find(AnnotatedText at, List<Quote> quotes) {
        List<Candidate> out = new ArrayList<>();
        Set<Integer> idiomatic = idioms.tokensIn(at);
        for (Token t : at.tokens()) {
            if (t.head() < 0 && !t.relation().equals("root")) {
                continue; // sentence was not parsed: nothing to attribute in it
            }
            Candidate c = null;
            boolean inQuote = Quote.anyHolds(quotes, t.start(), t.end());
            if (sourcePhrases.opensAt(at, t)) {
                c = sourcePhrases.read(at, t);
            } else if (sourcePhrases.isPhraseVerb(at, t)) {
                continue; // the verb of "as reported by", read with its "as"
            } else if (CopulaCues.isCopula(at, t)) {
                c = cueModel.isCue(at, t, inQuote) && !idiomatic.contains(t.index()) ? copulaCue(at, t, quotes) : null;
            } else if (t.isVerb() && cueModel.isCue(at, t, inQuote) && !isCitingLink(at, t)
                    && !isNounModifier(at, t) && !isIdentityClaim(at, t) && !idiomatic.contains(t.index())) {
                c = verbCue(at, t, quotes);
            }
            if (c != null) {
                citedBy(at, t.index(), c);
                out.add(c);
            }
        }
        List<Candidate> kept = withoutCitingLinks(at, withoutInnerCues(at, out));
        endBeforeNextSpeaker(at, kept);
        return kept;
    }

    /**
     * "The port authority contends that the pier is safe, and Lena Dahl, its engineer, said ...": the parser hung
     * the next statement's speaker on the first content, which then ends before that speaker (and its "and").
     * Only for a finite cue after the content: a statement inside the content keeps its place, and a participle's
     * speaker ("..., remarking that ...") is read from the parse, so inside the content it may be wrong.
     */
    private static void endBeforeNextSpeaker(AnnotatedText at, List<Candidate> found) {
        for (Candidate c : found) {
            int end = c.contentEnd; // the content as read, so one cut does not lead to another
            for (Candidate o : found) {
                if (o != c && speakerInsideBeforeCue(at, o, c.contentStart, end) && o.sourceStart != c.sourceStart) {
                    int k = at.tokenAtOrAfter(o.sourceStart) - 1;
                    while (k >= 0 && (ParseWords.isClauseBreak(at.token(k)) || at.token(k).pos().equals("CC"))) {
                        k--;
                    }
                    if (k >= 0 && at.token(k).end() > c.contentStart) {
                        c.contentEnd = Math.min(c.contentEnd, at.token(k).end());
                    }
                }
            }
        }
    }

    /** Whether {@code o}'s speaker lies inside the content [start, end) and its finite cue after that content. */
    private static boolean speakerInsideBeforeCue(AnnotatedText at, Candidate o, int start, int end) {
        return o.hasSource() && o.sourceStart > start && o.sourceStart < end && o.cueStart >= end
                && o.cueToken >= 0 && ParseWords.isFinite(at.token(o.cueToken));
    }

    /** "She was sure Trump would win": the predicate speaks for the copula ({@link CopulaCues}). */
    private Candidate copulaCue(AnnotatedText at, Token copula, List<Quote> quotes) {
        CopulaCues.Reading read = CopulaCues.read(at, copula);
        if (read == null) {
            return null;
        }
        Token predicate = at.token(copula.head());
        int[] cueRange = {read.cueFirst(), read.cueLast()};
        Candidate c = CandidateSpans.cueOnly(at, predicate, cueRange);
        c.cueLemma = "be " + predicate.lemma().toLowerCase(Locale.ROOT);
        CandidateSpans.setContent(at, c, new int[]{read.contentFirst(), read.contentLast()});
        c.rule = "copula";
        return withSubject(at, predicate, c, cueRange, quotes);
    }

    /**
     * "Reuters cited an interview in which a man claimed ...": "cited" is a statement of its own ("Clinton cited
     * his remarks as examples"), unless what was cited holds another's statement; then the citer is only a link in
     * that statement's chain ({@link #citedBy}). A statement by a pronoun inside it ("cited the policies, which
     * he said had harmed the harbour") is most often the citer's own and leaves the citing a statement.
     */
    private List<Candidate> withoutCitingLinks(AnnotatedText at, List<Candidate> found) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            boolean link = cues.isLinkOnly(c.cueLemma) && found.stream().anyMatch(
                    o -> o != c && o.cueStart >= c.contentStart && o.cueStart < c.contentEnd
                            && !(o.sourceHead >= 0 && at.token(o.sourceHead).pos().equals("PRP")));
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
        Set<Integer> cueTokens = new HashSet<>();
        for (Candidate c : found) {
            cueTokens.add(c.cueToken);
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            Token t = c.cueToken >= 0 ? at.token(c.cueToken) : null;
            // not a participle after a comma that the parser made an open complement: '"...," he said, arguing
            // that ...' is a second statement
            boolean inner = t != null && t.relation().equals("xcomp") && cueTokens.contains(t.head())
                    && !(ParseWords.isBareParticiple(at, t) && ParseWords.afterComma(at, t.index()));
            if (!inner) {
                kept.add(c);
            }
        }
        return kept;
    }

    private Candidate verbCue(AnnotatedText at, Token v, List<Quote> quotes) {
        Candidate quotedAs = QuotedAsSaying.read(at, v);
        if (quotedAs != null) {
            return quotedAs;
        }
        if ((TrailingAttribution.applies(v) || TrailingAttribution.speakerParsedAsObject(at, v)) && isSpeechVerb(v)) {
            Candidate trailing = TrailingAttribution.read(at, v);
            if (trailing != null) {
                return trailing;
            }
        }
        Candidate passive = PassiveAgents.read(at, v);
        if (passive != null) {
            return passive;
        }
        int content = -1;
        String rule = null;
        boolean parataxis = false;
        for (int k : at.children(v.index())) {
            String rel = at.token(k).relation();
            boolean reported = isReportedParataxis(at, v, k);
            if (rel.equals("ccomp") || rel.equals("csubj") || isQuestionClause(at, v, k) || reported) {
                content = k;
                parataxis = reported;
                rule = "verb-complement";
                if (k > v.index() || ParseWords.isQuoted(at, k, quotes)) {
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
                if (rel.equals("xcomp") && isSpeechVerb(v) && ParseWords.hasSubject(at, k)
                        && !ParseWords.hasObject(at, v.index())) {
                    content = k; // "saying it will be big", parsed as if "big" completed "saying"
                    rule = "verb-complement";
                    break;
                }
                // "policies, which he said had harmed ...": a relative pronoun before the cue is not what was said
                boolean relativeBefore = k < v.index() && at.token(k).pos().equals("WDT"); // not "what X hopes"
                if ((rel.equals("obj") || rel.equals("dobj")) && cues.takesObjectAsContent(v.lemma())
                        && content < 0 && !relativeBefore) {
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
        int complementizer = content < 0 ? misparsedComplementizer(at, v) : -1;
        if (complementizer >= 0) {
            // "he said, adding that “some of the things ...”": the parser took "that" for the object; what
            // follows it to the sentence's end is the reported clause.
            return readTo(at, v, complementizer + 1, at.sentenceOf(v).endToken() - 1, "verb-complement", quotes);
        }
        if (content >= 0 && "verb-object".equals(rule) && isClausalSubject(at, v)) {
            // "He said the nation has become ...", parsed as if "He said the nation" were the subject of
            // "become": the object starts the reported clause, which runs to the end of the governing one.
            return readTo(at, v, at.subtreeRange(content, k -> false)[0], at.subtreeRange(v.head(), k -> false)[1],
                    "verb-clausal-subject", quotes);
        }
        int topicCase = -1;
        // A participle's topic ("..., referring to the evacuees") qualifies the speech; it is not speech itself.
        if (content < 0 && !ParseWords.isBareParticiple(at, v)) {
            // "spoke about the plan", "called for a ban", "railed against the deal": the topic is the content and
            // the preposition belongs to the cue.
            for (int k : at.children(v.index())) {
                String rel = at.token(k).relation();
                // "called on Trump to stop" and "called for reducing the rate" parse as adverbial clauses
                if (k > v.index() && (rel.equals("obl") || rel.equals("advcl"))) {
                    int preposition = rel.equals("obl") ? ParseWords.caseMarker(at, k) : ParseWords.leadingMarker(at, k);
                    if (preposition == v.index() + 1 && TOPIC_PREPOSITIONS.contains(at.token(preposition).lemma())
                            && !ParseWords.isTimeNoun(at.token(k))) {
                        content = k;
                        topicCase = preposition;
                        rule = "verb-topic";
                        break;
                    }
                }
            }
        }
        int[] cueRange = ParseWords.cueRange(at, v);
        if (topicCase >= 0) {
            cueRange[1] = Math.max(cueRange[1], topicCase);
        }
        Candidate c = CandidateSpans.cueOnly(at, v, cueRange);
        if (content >= 0) {
            int skip = topicCase;
            int[] range = at.subtreeRange(content, k -> k == skip);
            if ("verb-xcomp".equals(rule) || "verb-complement".equals(rule)) {
                range = ContentRanges.beforeClosingParticiple(at, range, cues);
            }
            if ("verb-xcomp".equals(rule)) {
                range = ContentRanges.fromAddressee(at, v.index(), content, range);
            } else if ("verb-object".equals(rule) || "verb-topic".equals(rule)) {
                range = ContentRanges.throughClauseEnd(at, v.index(), range, cues);
                if ("verb-object".equals(rule) && isSpeechVerb(v)) {
                    range = ContentRanges.throughStrandedPredicate(at, range);
                }
            } else if ("verb-complement".equals(rule)) {
                range = ContentRanges.throughConjuncts(at, v, range, cues);
                if (parataxis) {
                    range[1] = ContentRanges.beforeJoinedStatement(at, range[0], range[1], cues);
                }
            }
            CandidateSpans.setContent(at, c, range);
        } else {
            rule = readingWithoutComplement(at, v, c, cueRange, quotes);
            if (rule == null && (isUnattachedFiniteVerb(v) || cues.isStrongCue(v.lemma()) && ParseWords.isFinite(v))) {
                return surfaceCue(at, v, c, quotes);
            }
            if (rule == null && !ParseWords.isBareParticiple(at, v) && !sourceless.isAskedClause(at, v)) {
                rule = restOfCue(at, v, c);
            }
            if (rule == null) {
                return null;
            }
        }
        c.rule = rule;
        return withSubject(at, v, c, cueRange, quotes);
    }

    /**
     * A cue with no complement, object or topic: the content is the clause it interrupts ("Y, X said"), the quote
     * in the next paragraph ("X said:"), the quote right before it ('"...," said Fallon.') or the one just before
     * its sentence ('"...?" he asks.'). Sets the content
     * and returns the rule's name, or null when none applies.
     */
    private String readingWithoutComplement(AnnotatedText at, Token v, Candidate c, int[] cueRange,
                                            List<Quote> quotes) {
        if (ParseWords.isDemotedParticiple(at, v)) {
            CandidateSpans.setContent(at, c, ContentRanges.clauseAfterDemotedParticiple(at, v));
            return "participle-clause";
        }
        if (sourceless.isAskedClause(at, v)) {
            int[] question = ContentRanges.askedQuestion(at, v);
            if (question != null) {
                CandidateSpans.setContent(at, c, question);
                return "asked-clause";
            }
        }
        if (isParenthetical(at, v) && !sourceless.isAskedClause(at, v)
                && (isSpeechVerb(v) || !looseAttachment(v) || isAsClause(at, v))) {
            int[] range = at.subtreeRange(v.head(), k -> k == v.index());
            int[] cueTree = at.subtreeRange(v.index(), k -> false);
            var sentence = at.sentenceOf(v);
            if (ParseWords.onlyPunctuationAfter(at, cueTree[1], sentence.endToken())) {
                // "..., a source said.": everything before the source is what was said, however it parsed.
                range = new int[]{sentence.firstToken(), Math.min(cueTree[0], cueRange[0]) - 1};
            }
            CandidateSpans.setContent(at, c,
                    ContentRanges.trimAround(range, Math.min(cueTree[0], cueRange[0]), cueTree[1]));
            return "parenthetical";
        }
        Quote next = ContentRanges.quoteAfterCue(at, v, quotes);
        if (next != null) {
            c.contentStart = next.innerStart();
            c.contentEnd = next.innerEnd();
            return "quote-after-colon";
        }
        int[] paragraph = isSpeechVerb(v) ? ContentRanges.paragraphAfterColon(at, v, quotes) : null;
        if (paragraph != null) {
            c.contentStart = paragraph[0];
            c.contentEnd = paragraph[1];
            return "paragraph-after-colon";
        }
        Quote rightBefore = ContentRanges.quoteRightBefore(at, v, quotes);
        if (rightBefore != null) {
            c.contentStart = rightBefore.innerStart();
            c.contentEnd = rightBefore.innerEnd();
            return "quote-before-cue";
        }
        Quote before = ContentRanges.quoteBefore(at, v, quotes);
        if (before != null) {
            // The question mark ended the quote's sentence, so the cue's own sentence holds only its speaker.
            c.contentStart = before.innerStart();
            c.contentEnd = before.innerEnd();
            return "quote-before-sentence";
        }
        return null;
    }

    /**
     * "Lawmakers have not said when they would vote", "has mentioned refinancing loans": the model took the verb
     * for a cue, and whatever the parser hung after it is what was said. (Not for a bare participle: "..., she
     * said, referring to the evacuees" qualifies the speech; "is calling for" is a cue like "calls for".) Returns
     * the rule's name, or null.
     */
    private String restOfCue(AnnotatedText at, Token v, Candidate c) {
        int[] rest = ContentRanges.rightOfCue(at, v);
        if (rest != null && ParseWords.isTimePhrase(at, rest[0], rest[1])) {
            // "The plan was approved last year": the time says when; what was approved stands before the cue
            rest = ContentRanges.beforeCue(at, v);
        }
        if (rest == null) {
            return null;
        }
        // "spoke on Tuesday about the closure, arguing that ...": the participle's statement is its own
        CandidateSpans.setContent(at, c, ContentRanges.beforeClosingParticiple(at, rest, cues));
        return "verb-rest";
    }

    /** Adds the source (the verb's subject, or a name right after it) and any "citing" link to a candidate. */
    private Candidate withSubject(AnnotatedText at, Token v, Candidate c, int[] cueRange, List<Quote> quotes) {
        int speaker = Speakers.speakerOf(at, v.index(), quotes);
        if (speaker < 0 && Speakers.quotedSubject(at, v.index(), quotes) >= 0) {
            // '"Wall Street's a cynical place," said Tim Hess': the parser made the quote the subject and the
            // speaker the object; the quote is what was said.
            int[] inverted = Speakers.invertedSubject(at, cueRange[0], cueRange[1]);
            if (inverted == null) {
                // '"...," Flynn, an adviser, said Thursday': the speaker stands before the cue, outside the parse
                return ParseWords.isFinite(v) && isSpeechVerb(v) ? surfaceCue(at, v, c, quotes) : null;
            }
            int quoted = Speakers.quotedSubject(at, v.index(), quotes);
            CandidateSpans.setContent(at, c, at.subtreeRange(quoted, k -> k == v.index() || k > v.index()));
            CandidateSpans.setSource(at, c, inverted, inverted[2]);
            c.rule = "quoted-subject";
            return c.contentStart < c.contentEnd ? c : null;
        }
        if (sourceless.speakerless(at, v)) {
            // "Heartbreaking stories ... seem to be a useful tool": what the impression is about is part of it.
            boolean subjectIsContent = sourceless.subjectIsContent(v);
            for (int k : at.children(v.index())) {
                if (subjectIsContent && k < v.index() && at.token(k).relation().startsWith("nsubj")) {
                    c.contentStart = Math.min(c.contentStart, at.token(at.subtreeRange(k, x -> false)[0]).start());
                }
            }
            citing(at, v.index(), c);
            return c.contentStart < c.contentEnd ? c : null;
        }
        boolean participleOfClause = v.pos().equals("VBG")
                && (ParseWords.afterComma(at, v.index()) || ParseWords.isDemotedParticiple(at, v));
        int subject = speaker < 0 && participleOfClause ? Speakers.enclosingSubject(at, v.index()) : speaker;
        if (subject >= 0 && sourceless.isExpletiveIt(at, subject)) {
            // "it is hard to know where ...", "It seems a near certainty that ...": the "it" of an extraposed clause
            // stands for that clause, and nobody is named
            citing(at, v.index(), c);
            return c.contentStart < c.contentEnd ? c : null;
        }
        if (subject >= 0 && isStrandedModifier(at, subject)) {
            return null; // "Footage posted online showed ...", mistagged: "online" cannot speak, the parse is wrong
        }
        if (subject >= 0) {
            int verb = v.index();
            int marker = at.token(subject).relation().startsWith("obl") ? ParseWords.caseMarker(at, subject) : -1;
            int[] src = at.subtreeRange(subject, k -> k == verb || k == marker || ParseWords.isEdgePunct(at, k)
                    || at.token(k).relation().startsWith("acl") && k > subject
                    || ParseWords.opensWithParticiple(at, subject, k));
            CandidateSpans.setSource(at, c, src, subject);
            Speakers.resolveRelativePronoun(at, c, subject);
        } else {
            int[] surface = surfaceSpeaker(at, v, c, cueRange, quotes);
            if (surface != null) {
                CandidateSpans.setSource(at, c, surface, surface[2]);
            }
        }
        // "Reuters, citing three sources, reported ..." (the citing inside the subject), else "reported, citing ..."
        if (subject < 0 || !citing(at, subject, c)) {
            citing(at, v.index(), c);
        }
        return c.contentStart < c.contentEnd ? c : null;
    }

    /**
     * The speaker of a cue the parse left without a subject, read from the words around it: a name after the cue
     * ("said Muhammad Hamud"), the noun phrase opening the sentence before an aside, or the one right before the
     * cue ("Police had last month charged ..."). {first, last, head} tokens, or null. A phrase that is what was said
     * is not its speaker ("... and most recently defended the use of an image"), except in '"...," said the
     * ruling.', where the parser made the speaker the object and the quote is the content.
     */
    private static int[] surfaceSpeaker(AnnotatedText at, Token v, Candidate c, int[] cueRange, List<Quote> quotes) {
        int[] inverted = Speakers.invertedSubject(at, cueRange[0], cueRange[1]);
        if (inverted == null && ParseWords.isFinite(v)) {
            inverted = Speakers.frontedSpeaker(at, cueRange[0]);
        }
        if (inverted != null
                && (!inContent(at, c, inverted) || ContentRanges.quoteRightBefore(at, v, quotes) != null)) {
            return inverted;
        }
        boolean finite = ParseWords.isFinite(v) || ParseWords.isFinite(at.token(cueRange[0]));
        int[] adjacent = finite ? Speakers.adjacentSubject(at, cueRange[0], v.index()) : null;
        return adjacent != null && !inContent(at, c, adjacent) ? adjacent : null;
    }

    private static boolean inContent(AnnotatedText at, Candidate c, int[] range) {
        return c.contentOverlaps(at.token(range[0]).start(), at.token(range[1]).end());
    }

    /** "Reuters cited an interview in which a man claimed ...": the citer is a link in the man's chain. */
    private void citedBy(AnnotatedText at, int cue, Candidate c) {
        for (int k = at.token(cue).head(); k >= 0; k = at.token(k).head()) {
            Token t = at.token(k);
            if (cues.isLinkOnly(t.lemma()) && t.isVerb() && !isCitingLink(at, t)) {
                int subject = Speakers.subjectOf(at, k);
                if (subject >= 0) {
                    int[] src = at.subtreeRange(subject, x -> ParseWords.isEdgePunct(at, x) || x > subject + 6);
                    c.via.add(0, new int[]{at.token(src[0]).start(), at.token(src[1]).end(), subject});
                }
                return;
            }
        }
    }

    private boolean isSpeechVerb(Token v) {
        return cues.isSpeechVerb(v.lemma());
    }

    /**
     * Coordinated or adverbial clauses ("and some applauded when ... was read out") rarely frame speech, except
     * an as-clause ("as many engineers have pointed out").
     */
    private static boolean looseAttachment(Token v) {
        return v.relation().equals("conj") || v.relation().equals("advcl");
    }

    /** "..., citing X": X becomes the source and the citer moves into the chain. Whether a citing was found. */
    private boolean citing(AnnotatedText at, int governor, Candidate c) {
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
                    int[] src = at.subtreeRange(o, x -> ParseWords.isEdgePunct(at, x));
                    CandidateSpans.setSource(at, c, src, o);
                    c.rule = c.rule + "+citing";
                    return true;
                }
            }
        }
        return false;
    }

    /** "a letter signed by ...", "the planned wall": a participle describing a noun, unless it has a by-agent. */
    private static boolean isNounModifier(AnnotatedText at, Token t) {
        return t.pos().equals("VBN") && (t.relation().equals("acl") || t.relation().equals("amod"))
                && ParseWords.byAgent(at, t.index()) < 0;
    }

    /**
     * "..., citing an unnamed spokesman": "citing" passes a statement on from whoever is cited, a link in its
     * chain. Not when what is cited cannot speak ("McCain said, citing low economic growth"): then "citing" is
     * a statement of the clause's subject, with the reasons as its content.
     */
    private boolean isCitingLink(AnnotatedText at, Token t) {
        if (!t.lemma().equals("cite") || !t.pos().equals("VBG") || t.head() < 0) {
            return false;
        }
        for (int o : at.children(t.index())) {
            if (at.token(o).relation().equals("obj") && !citedSpeakers.canSpeak(at, o)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParenthetical(AnnotatedText at, Token v) {
        if (v.head() < 0 || v.pos().equals("VBG")) {
            return false;
        }
        String rel = v.relation();
        return rel.equals("parataxis") || rel.equals("dep") || (rel.equals("ccomp") && v.index() > v.head())
                || (rel.equals("conj") && v.index() > v.head() && !isCoordinated(at, v))
                || (rel.equals("advcl") && (v.index() > v.head() || isAsClause(at, v)));
    }

    /**
     * "..., telling reporters on Thursday he viewed Obama as responsible": after a speech verb's addressee the
     * parser often hangs the reported clause as parataxis, not as a complement: a clause with its own subject,
     * after a telling verb and the one told.
     */
    private static boolean isReportedParataxis(AnnotatedText at, Token v, int k) {
        return k > v.index() && at.token(k).relation().equals("parataxis") && ContentRanges.isTellingVerb(v)
                && ParseWords.hasObject(at, v.index()) && ParseWords.hasSubject(at, k);
    }

    /** "explaining why he disagrees", parsed as an adverbial clause: a question after a cue is its content. */
    private static boolean isQuestionClause(AnnotatedText at, Token v, int k) {
        if (!at.token(k).relation().equals("advcl") || k < v.index()) {
            return false;
        }
        int first = at.subtreeRange(k, x -> false)[0];
        String word = at.token(first).word().toLowerCase(Locale.ROOT);
        // "asked if he would resign": after asking or wondering, "if" opens a question, not a condition
        boolean askingIf = word.equals("if") && ASKING_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT));
        return first == v.index() + 1 && (QUESTION_WORDS.contains(word) || askingIf);
    }

    /** "As many engineers have pointed out, the bridge ...": an as-clause is an aside wherever it stands. */
    private static boolean isAsClause(AnnotatedText at, Token v) {
        return ParseWords.isAs(at, ParseWords.leadingMarker(at, v.index()));
    }

    /**
     * "... and tells the crowd": a conjunct joined by "and" or "but" that shares the subject before it is a second
     * act, not an aside. One with a subject of its own ('"...," Reuters reported', which the parser may join to
     * the quote's last "and") can still be one.
     */
    private static boolean isCoordinated(AnnotatedText at, Token v) {
        if (ParseWords.hasSubject(at, v.index())) {
            return false;
        }
        for (int k : at.children(v.index())) {
            if (at.token(k).relation().equals("cc") && k < v.index()) {
                return true;
            }
        }
        return false;
    }

    /** The cue's statement with the content from {@code first} to {@code last}, closing punctuation left out. */
    private Candidate readTo(AnnotatedText at, Token v, int first, int last, String rule, List<Quote> quotes) {
        int[] cueRange = ParseWords.cueRange(at, v);
        Candidate c = CandidateSpans.cueOnly(at, v, cueRange);
        CandidateSpans.setContent(at, c, new int[]{first, ParseWords.lastBeforePunctuation(at, first, last)});
        c.rule = rule;
        return withSubject(at, v, c, cueRange, quotes);
    }

    /** A speech verb's "that" taken for its object, with words after it: the token of "that", or -1. */
    private int misparsedComplementizer(AnnotatedText at, Token v) {
        int next = v.index() + 1;
        if (!isSpeechVerb(v) || next + 1 >= at.sentenceOf(v).endToken()
                || !at.token(next).word().equalsIgnoreCase("that") || !at.token(next).relation().equals("obj")
                || at.token(next).head() != v.index()) {
            return -1;
        }
        return next;
    }

    /** The cue verb was parsed as the clausal subject of a verb after it. */
    private static boolean isClausalSubject(AnnotatedText at, Token v) {
        return v.relation().equals("csubj") && v.head() > v.index();
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
        int sourceHead = Speakers.speakerOf(at, v.index(), quotes);
        if (sourceHead >= 0) {
            int subject = sourceHead;
            int[] src = at.subtreeRange(subject, x -> x == v.index() || ParseWords.isEdgePunct(at, x)
                    || at.token(x).relation().startsWith("acl") && x > subject);
            CandidateSpans.setSource(at, c, src, subject);
            int first = ContentRanges.afterAddressee(at, v,
                    src[1] < v.index() ? v.index() + 1 : Math.max(v.index(), src[1]) + 1);
            int last = sentence.endToken() - 1;
            while (last > first && ParseWords.isClauseBreak(at.token(last))) {
                last--;
            }
            if (last - first < 2 || !ParseWords.hasVerbOrQuote(at, first, last)) {
                // Nothing said after "X said (from the scene)": the content is what comes before the source.
                first = sentence.firstToken();
                last = Math.min(src[0], v.index()) - 1;
            } else {
                first = ParseWords.pastThat(at, first);
                last = ContentRanges.beforeJoinedStatement(at, first, last, cues);
            }
            CandidateSpans.setContent(at, c, new int[]{first, last});
            c.rule = "surface-cue";
            return c.contentStart < c.contentEnd ? c : null;
        }
        // The speaker never reaches back past the end of a quoted utterance: in '"...," Flynn, an adviser, said'
        // the parser may hang the name inside the quote's clause.
        int floor = ParseWords.afterQuotedUtterance(at, before);
        for (int k = before; k >= 0 && k >= sentence.firstToken(); k = at.token(k).head()) {
            int[] tree = at.subtreeRange(k, x -> x >= v.index());
            if (tree[1] == before && tree[0] >= floor && at.token(k).isNoun()) {
                sourceHead = k;
            }
            if (at.token(k).head() < 0) {
                break;
            }
        }
        if (sourceHead < 0) {
            return null;
        }
        int[] src = at.subtreeRange(sourceHead, x -> x >= v.index() || ParseWords.isEdgePunct(at, x));
        CandidateSpans.setSource(at, c, new int[]{src[0], before}, sourceHead);
        Quote quoted = ContentRanges.quoteClosingBefore(at, src[0], quotes);
        if (quoted != null) {
            c.contentStart = quoted.innerStart();
            c.contentEnd = quoted.innerEnd();
            c.rule = "quote-before-source";
            return c;
        }
        int from = ParseWords.pastThat(at, v.index() + 1);
        int to = sentence.endToken() - 1;
        while (to > from && ParseWords.isClauseBreak(at.token(to))) {
            to--;
        }
        CandidateSpans.setContent(at, c, new int[]{from, to});
        c.rule = "surface-cue";
        return c.contentStart < c.contentEnd ? c : null;
    }

    private static boolean isUnattachedFiniteVerb(Token v) {
        boolean finite = ParseWords.isFinite(v);
        String rel = v.relation();
        return finite && (rel.equals("amod") || rel.equals("dep") || rel.equals("compound") || rel.equals("nmod"));
    }

    /** "who said he was a civil defense worker": an identity claim that describes a source, not a statement. */
    private static boolean isIdentityClaim(AnnotatedText at, Token v) {
        if (!v.relation().equals("acl:relcl") || !saidByRelativePronoun(at, v)) {
            return false; // "an interview in which he said he was skeptical" is a statement
        }
        for (int k : at.children(v.index())) {
            Token t = at.token(k);
            if (t.relation().equals("ccomp")) {
                boolean aboutThemselves = false;
                boolean copula = t.lemma().equals("be");
                for (int g : at.children(k)) {
                    Token x = at.token(g);
                    // "he was a worker", "he was working for ...", but not the passive "he was stiffed"
                    copula |= x.relation().equals("cop")
                            || x.lemma().equals("be") && x.relation().startsWith("aux")
                            && !x.relation().equals("aux:pass");
                    aboutThemselves |= x.relation().startsWith("nsubj") && x.isPronoun();
                }
                // "a report that said the wall was weak" is a statement; "a man who said he was a worker" is not
                return copula && aboutThemselves;
            }
        }
        return false;
    }

    /** "a man who said ...": the relative pronoun is the subject of the verb. */
    private static boolean saidByRelativePronoun(AnnotatedText at, Token v) {
        for (int k : at.children(v.index())) {
            Token t = at.token(k);
            if (t.relation().startsWith("nsubj") && ParseWords.isRelativePronoun(t)) {
                return true;
            }
        }
        return false;
    }

    /** A lone adjective or adverb right after a verb, parsed as a subject ("posted online showed"). */
    private static boolean isStrandedModifier(AnnotatedText at, int subject) {
        Token t = at.token(subject);
        boolean modifier = t.pos().startsWith("JJ") || t.pos().startsWith("RB");
        return modifier && subject > 0 && at.token(subject - 1).isVerb() && at.children(subject).isEmpty();
    }
}
