package org.corroborate.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corroborate.attribution.Quote;
import org.corroborate.model.Hedge;
import org.corroborate.model.HedgeCategory;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.PhraseMatcher;
import org.corroborate.nlp.Token;

/**
 * Hedges ("allegedly", "could not be independently verified"), distancing ("claimed", "so-called", scare quotes)
 * and refutations ("denied", "dismissed"), from the lexicon in {@code hedges.tsv} and {@link ScareQuoteFinder}.
 * Thread-safe once built.
 */
public final class HedgeFinder {
    private final PhraseMatcher<HedgeCategory> phrases = new PhraseMatcher<>();

    public HedgeFinder() {
        for (TsvRows.Row row : TsvRows.resource("hedges.tsv")) {
            String[] c = row.cells();
            if (c.length < 3) {
                throw new IllegalStateException("hedges.tsv line " + row.line() + ": expected phrase, category, match");
            }
            phrases.add(c[0], c[2].equals("lemma"), null, HedgeCategory.fromJson(c[1]));
        }
    }

    /**
     * @param quotes the article's quotations as attribution found them, in text order
     * @param statementLocator assigns each hedge to the statement it sits in
     * @param quotedStatementSpans contents of statements that are quotes of someone's words, [start, end) pairs:
     *                             a quotation inside them is the speaker's, not the outlet's scare quote
     */
    List<Hedge> find(AnnotatedText at, List<Quote> quotes, StatementLocator statementLocator,
                     List<int[]> quotedStatementSpans) {
        List<Hedge> hedges = new ArrayList<>();
        String text = at.text();
        List<Token> tokens = at.tokens();
        for (PhraseMatcher.Match<HedgeCategory> m : phrases.find(tokens)) {
            int start = tokens.get(m.first()).start();
            int end = tokens.get(m.last()).end();
            hedges.add(new Hedge(text.substring(start, end), start, end, m.payload(),
                    statementLocator.anyPartHolding(start, end)));
        }
        for (int[] q : ScareQuoteFinder.find(text, quotes, quotedStatementSpans)) {
            hedges.add(new Hedge(text.substring(q[0], q[1]), q[0], q[1], HedgeCategory.DISTANCING,
                    statementLocator.anyPartHolding(q[0], q[1])));
        }
        hedges.sort(Comparator.comparingInt(Hedge::start));
        return hedges;
    }
}
