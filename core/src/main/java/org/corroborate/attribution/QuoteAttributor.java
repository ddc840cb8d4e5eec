package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.model.StatementKind;
import org.corroborate.text.Words;

/**
 * Joins quotations to the reported speech around them:
 * <ul>
 *   <li>a cue outside a quote whose content reaches into the quote makes the whole quote the content
 *       (direct speech, including quotes that run over several sentences or paragraphs);</li>
 *   <li>a quote wholly inside a longer content makes that statement mixed;</li>
 *   <li>a quote right after a cue that already took the quote before it is the second half of a split quote;</li>
 *   <li>a sentence-length quote with no cue, following a statement in the same or the previous paragraph, is a
 *       continuation by the same speaker.</li>
 * </ul>
 * Any other quote (a scare quote, a title, a phrase) is left alone: it is not a statement.
 */
final class QuoteAttributor {
    /** How far (characters) a split quote's second half may start after the cue phrase ends. */
    private static final int SPLIT_GAP = 80;
    /** A continuation must be at least this many words, or a whole sentence: shorter bits are phrases, not speech. */
    private static final int CONTINUATION_MIN_WORDS = 4;
    /** Words that join a split quote's second half to its cue: 'he said, but "B"', 'adding that "B"'. */
    private static final Set<String> JOINING_WORDS = Set.of("but", "and", "that");

    List<Candidate> attach(String text, List<Quote> quotes, List<Candidate> candidates) {
        List<Candidate> all = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!reachesOutOfItsQuote(c, quotes)) {
                all.add(c);
            }
        }
        List<Quote> unclaimed = new ArrayList<>();
        for (Quote q : quotes) {
            if (!claimByCue(text, q, all)) {
                unclaimed.add(q);
            }
        }
        // Statements added below copy the cue and source of one already here, so these spans stay complete.
        SourceSpans sources = new SourceSpans(all);
        for (Quote q : unclaimed) {
            Candidate after = cueRightAfter(text, q, all);
            if (after != null && after.kind == StatementKind.DIRECT) {
                // '"A," one owner said, "B."' where the cue took B: A is the first half, and B continues it.
                Candidate first = quoteStatement(q, after, "split-quote");
                first.inheritsFrom = null;
                first.contentEnd = trimQuotePunctuation(text, q.innerStart(), q.innerEnd());
                after.inheritsFrom = first;
                all.add(first);
                continue;
            }
            if (after != null && !hasClauseAfterCue(after)) {
                // '"...," said Grace Adeyemi, who lives on the estate': the quote is what she said, whatever the
                // parse hung on the cue.
                after.contentStart = q.innerStart();
                after.contentEnd = trimQuotePunctuation(text, q.innerStart(), q.innerEnd());
                after.kind = StatementKind.DIRECT;
                after.rule = after.rule + "+quote-before";
                continue;
            }
            Candidate before = cueRightBefore(text, q, all);
            if (before != null) {
                // 'a woman asked for a photo and Clinton said, "as long as ..."': however the parse read the
                // sentence, a quote opening right after the cue is what was said.
                before.contentStart = q.innerStart();
                before.contentEnd = trimQuotePunctuation(text, q.innerStart(), q.innerEnd());
                before.kind = StatementKind.DIRECT;
                before.rule = before.rule + "+quote-after";
                continue;
            }
            Candidate split = splitQuoteOwner(text, q, all);
            if (split != null) {
                all.add(quoteStatement(q, split, "split-quote"));
                continue;
            }
            Candidate previous = continuationOwner(text, q, all, sources);
            boolean speech = q.wordCount(text) >= CONTINUATION_MIN_WORDS || isWholeSentence(text, q);
            if (previous != null && speech && startsSentence(text, q)) {
                Candidate c = quoteStatement(q, previous, "continuation");
                c.cueStart = -1;
                c.cueEnd = -1;
                c.cueLemma = null;
                c.cueToken = -1;
                c.inheritsFrom = previous;
                all.add(c);
            }
        }
        all.sort(Comparator.comparingInt(c -> c.contentStart));
        return all;
    }

    /** A cue inside a quote whose content lies outside it is a parser's mistake, not a statement. */
    private static boolean reachesOutOfItsQuote(Candidate c, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (c.cueStart >= q.innerStart() && c.cueEnd <= q.innerEnd()) {
                return c.contentStart < q.innerStart() || c.contentEnd > q.innerEnd() + 1;
            }
        }
        return false;
    }

    private boolean claimByCue(String text, Quote q, List<Candidate> candidates) {
        boolean claimed = false;
        for (Candidate c : candidates) {
            if (!c.contentOverlaps(q.innerStart(), q.innerEnd())) {
                continue;
            }
            boolean cueInside = c.cueStart >= q.start() && c.cueEnd <= q.end();
            if (cueInside) {
                // A statement reported inside someone's quote ("They say they heard ..."): keep it inside.
                c.contentStart = Math.max(c.contentStart, q.innerStart());
                c.contentEnd = trimQuotePunctuation(text, c.contentStart, Math.min(c.contentEnd, q.innerEnd()));
                continue;
            }
            if (c.contentStart >= q.start() && c.contentEnd <= q.end() || coversMostOf(text, c, q)) {
                c.contentStart = q.innerStart();
                c.contentEnd = trimQuotePunctuation(text, q.innerStart(), q.innerEnd());
                c.kind = StatementKind.DIRECT;
                c.rule = c.rule + "+quote";
            } else {
                c.kind = StatementKind.MIXED;
            }
            claimed = true;
        }
        return claimed;
    }

    /** A content reaching over the quote's edges by only punctuation and "that" is direct speech too. */
    private static boolean coversMostOf(String text, Candidate c, Quote q) {
        int outside = Words.in(text, c.contentStart, Math.max(c.contentStart, q.start()))
                + Words.in(text, Math.min(c.contentEnd, q.end()), c.contentEnd);
        return outside == 0 || outside == 1 && text.regionMatches(true, c.contentStart, "that", 0, 4);
    }

    /** A statement whose cue phrase starts right after the quote's closing mark, not yet holding a quote. */
    private static Candidate cueRightAfter(String text, Quote q, List<Candidate> candidates) {
        if (!q.closed() || !endsWithHandOver(text, q)) {
            return null;
        }
        for (Candidate c : candidates) {
            if (c.cueStart < q.end() || c.inheritsFrom != null) {
                continue;
            }
            int phraseStart = c.hasSource() ? Math.min(c.cueStart, c.sourceStart) : c.cueStart;
            if (phraseStart >= q.end() && phraseStart - q.end() <= 3
                    && text.substring(q.end(), phraseStart).matches("[\\s,]*") && c.contentStart >= c.cueEnd) {
                return c;
            }
        }
        return null;
    }

    /**
     * The statement whose cue the quote opens right after ('said, "', 'retorted: "', 'yelled "'), when its content
     * lies elsewhere and is not a quote; null if none.
     */
    private static Candidate cueRightBefore(String text, Quote q, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            // A direct statement already has its quote: this one is the second half of a split quote.
            if (c.cueEnd < 0 || c.cueEnd > q.start() || q.start() - c.cueEnd > 3 || c.inheritsFrom != null
                    || c.kind == StatementKind.DIRECT) {
                continue;
            }
            if (text.substring(c.cueEnd, q.start()).matches("[\\s,:]*")) {
                return c;
            }
        }
        return null;
    }

    /**
     * 'In an interview on "Face the Nation," Ryan said the spate demands ...': a reported clause after the cue is
     * the content, and the quote before is a title or a phrase.
     */
    private static boolean hasClauseAfterCue(Candidate c) {
        return c.rule.startsWith("verb-complement") && c.contentStart >= c.cueEnd;
    }

    /** '"...,"' or '"...?"': a quote that hands over to its attribution, rather than ending a sentence. */
    private static boolean endsWithHandOver(String text, Quote q) {
        int i = q.innerEnd() - 1;
        while (i >= q.innerStart() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= q.innerStart() && ",?!—–-".indexOf(text.charAt(i)) >= 0;
    }

    /** "A," she said, "B.": the statement that took A owns B when B starts right after the cue phrase. */
    private static Candidate splitQuoteOwner(String text, Quote q, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.kind != StatementKind.DIRECT || c.cueStart < 0 || c.contentEnd > c.cueStart) {
                continue;
            }
            int phraseEnd = Math.max(c.cueEnd, c.sourceEnd);
            if (q.start() >= phraseEnd && q.start() - phraseEnd <= SPLIT_GAP
                    && noSentenceEndBetween(text, phraseEnd, q.start()) && setOff(text, q.start())) {
                return c;
            }
        }
        return null;
    }

    /**
     * A split quote's second half is set off from the cue ('she said, "B."', 'she said: "B."') or joined on
     * ('he said, but "B"', 'adding that "B"'); a quote inside a phrase ('said on Fox News's "Fox and Friends."')
     * is a title.
     */
    private static boolean setOff(String text, int quoteStart) {
        int i = quoteStart - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && ",:;\u2014\u2013-".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        int wordStart = i;
        while (wordStart >= 0 && Character.isLetter(text.charAt(wordStart))) {
            wordStart--;
        }
        return JOINING_WORDS.contains(text.substring(wordStart + 1, i + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean noSentenceEndBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * The latest statement with a source that ends before the quote, within this or the previous paragraph. A
     * statement inside another's source description ('"...," said Peter Morgan, a lawyer who has been challenging
     * the industry. "..."') is not the speaker a following quote continues, nor is one reported inside another's
     * content ('"... we have argued that ...," said Fallon. "..."': Fallon goes on).
     */
    private static Candidate continuationOwner(String text, Quote q, List<Candidate> candidates,
                                               SourceSpans sources) {
        // Only statements ending in this or the previous paragraph can be continued; checking the others (each
        // check scans every candidate) made a long text with many quotes quadratic in its statements.
        int reach = previousParagraphStart(text, q.start());
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.contentEnd <= q.start() && Math.max(c.contentEnd, c.sourceEnd) >= reach
                    && (c.hasSource() || c.inheritsFrom != null)
                    && (best == null || c.contentEnd > best.contentEnd) && !sources.contain(c.cueStart, c.cueEnd)
                    && !reportedInside(c, candidates)) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The earliest offset from which at most one paragraph break lies before {@code end}: a break is a line end
     * not followed by another (a blank line is one break, not two).
     */
    private static int previousParagraphStart(String text, int end) {
        int breaks = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (text.charAt(i) == '\n' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n') && ++breaks == 2) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether the statement's cue lies inside the content of another statement. */
    private static boolean reportedInside(Candidate c, List<Candidate> candidates) {
        for (Candidate outer : candidates) {
            if (outer != c && c.cueStart >= 0 && outer.contentStart <= c.cueStart && c.cueEnd <= outer.contentEnd) {
                return true;
            }
        }
        return false;
    }

    /** '“We will win.”': a short quote that is a sentence of its own is speech, not a quoted phrase. */
    private static boolean isWholeSentence(String text, Quote q) {
        String inner = text.substring(q.innerStart(), q.innerEnd()).strip();
        return inner.length() > 1 && Character.isUpperCase(inner.charAt(0))
                && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    private static boolean startsSentence(String text, Quote q) {
        for (int i = q.start() - 1; i >= 0; i--) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '.' || ch == '!' || ch == '?' || ch == '"' || ch == '”' || ch == '\'') {
                return true;
            }
            if (!Character.isWhitespace(ch)) {
                return false;
            }
        }
        return true;
    }

    private static Candidate quoteStatement(Quote q, Candidate owner, String rule) {
        Candidate c = new Candidate();
        c.copyAttribution(owner);
        c.contentStart = q.innerStart();
        c.contentEnd = q.innerEnd();
        c.kind = StatementKind.DIRECT;
        c.rule = rule;
        c.inheritsFrom = owner;
        return c;
    }

    /** Drops the comma a quote ends with before its closing mark ("They are safe," she said). */
    private static int trimQuotePunctuation(String text, int start, int end) {
        while (end > start && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }
}
