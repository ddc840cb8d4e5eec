package org.corroborate.attribution;

import java.util.List;
import org.corroborate.nlp.SentenceSelector;
import org.corroborate.nlp.Token;

/**
 * Picks the sentences worth the entity tagger and the parser: those with a cue verb, "according to", "citing",
 * or a quotation mark. Parsing is most of the cost of an analysis, and most sentences attribute nothing.
 */
final class CueSentenceSelector implements SentenceSelector {
    private final CueLexicon cues;

    CueSentenceSelector(CueLexicon cues) {
        this.cues = cues;
    }

    @Override
    public boolean needsParse(List<Token> sentence) {
        for (Token t : sentence) {
            String w = t.word();
            if (t.isVerb() && cues.isCueVerb(t.lemma()) || w.equalsIgnoreCase("according")
                    || w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("«") || w.equals("»")) {
                return true;
            }
        }
        return false;
    }
}
