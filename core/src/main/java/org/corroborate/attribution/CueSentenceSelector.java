package org.corroborate.attribution;

import java.util.List;
import org.corroborate.nlp.SentenceSelector;
import org.corroborate.nlp.Token;

/**
 * Picks the sentences worth parsing: those with a cue verb or "according to" outside quotation marks. Parsing is
 * most of the cost of an analysis, and most sentences attribute nothing; a quote with no cue beside it needs no
 * parse (continuations and dash attributions are read from the surface), and speech reported inside someone's
 * quote is left alone (PolNeAR's annotators marked almost none: 10 of 19,835 cues in train).
 */
public final class CueSentenceSelector implements SentenceSelector {
    private final CueLexicon cues;
    private final List<Quote> quotes;

    /** @param quotes the article's quotations; cue words inside them do not count */
    public CueSentenceSelector(CueLexicon cues, List<Quote> quotes) {
        this.cues = cues;
        this.quotes = quotes;
    }

    @Override
    public boolean needsParse(List<Token> sentence) {
        for (Token t : sentence) {
            String w = t.word();
            boolean cueWord = t.isVerb() && cues.mayHeadCue(t.lemma()) || w.equalsIgnoreCase("according");
            if (cueWord && !Quote.anyHolds(quotes, t.start(), t.end())) {
                return true;
            }
        }
        return false;
    }
}
