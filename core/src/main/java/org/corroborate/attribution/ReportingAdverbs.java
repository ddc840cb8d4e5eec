package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.text.Lexicon;

/**
 * "Her team has reportedly consulted a ghost writer": an adverb from {@code reporting-adverbs.txt} attributes its
 * clause to unnamed reports, so the clause is a statement with that adverb as its cue and no source. Not when the
 * adverb sits on a verb that is already a cue ("Trump reportedly said ..."), nor inside a quotation.
 */
final class ReportingAdverbs {
    private final Lexicon adverbs = Lexicon.load("reporting-adverbs.txt");

    List<Candidate> find(AnnotatedText at, List<Quote> quotes, Set<Integer> cueTokens) {
        List<Candidate> out = new ArrayList<>();
        for (Token t : at.tokens()) {
            if (!adverbs.contains(t.word().toLowerCase(Locale.ROOT)) || Quote.anyHolds(quotes, t.start(), t.end())
                    || t.head() >= 0 && cueTokens.contains(t.head())) {
                continue;
            }
            Candidate c = CandidateSpans.cueOnly(at, t, new int[]{t.index(), t.index()});
            c.cueLemma = t.word().toLowerCase(Locale.ROOT);
            CandidateSpans.setContent(at, c, clauseOf(at, t));
            c.rule = "reporting-adverb";
            if (c.contentEnd > c.contentStart) {
                out.add(c);
            }
        }
        return out;
    }

    /** The clause the adverb modifies, or its whole sentence where the sentence was not parsed. */
    private static int[] clauseOf(AnnotatedText at, Token adverb) {
        int[] range;
        if (adverb.head() < 0) {
            Sentence s = at.sentenceOf(adverb);
            range = new int[]{s.firstToken(), s.endToken() - 1};
        } else {
            range = at.subtreeRange(adverb.head(), k -> false);
        }
        range[1] = ParseWords.beforeFinalStop(at, range[0], range[1]);
        return range;
    }
}
