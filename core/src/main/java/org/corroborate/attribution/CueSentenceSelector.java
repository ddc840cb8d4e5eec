package org.corroborate.attribution;

import java.util.List;
import org.corroborate.nlp.SentenceSelector;
import org.corroborate.nlp.Token;

/**
 * Picks the sentences worth parsing: those with a cue verb or "according to". Parsing is most of the cost of an
 * analysis, and most sentences attribute nothing; a quote with no cue beside it needs no parse (continuations
 * and dash attributions are read from the surface).
 */
public final class CueSentenceSelector implements SentenceSelector {
    private final CueLexicon cues;

    public CueSentenceSelector(CueLexicon cues) {
        this.cues = cues;
    }

    @Override
    public boolean needsParse(List<Token> sentence) {
        for (Token t : sentence) {
            String w = t.word();
            if (t.isVerb() && cues.mayHeadCue(t.lemma()) || w.equalsIgnoreCase("according")) {
                return true;
            }
        }
        return false;
    }
}
