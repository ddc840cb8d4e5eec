package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;

/**
 * "The debate is predictable - Mayor Aaland has vowed ...": a hyphen standing alone between spaces is a dash. The
 * tagger takes a bare "-" for a word-joining hyphen, and the parser then glues the words on either side into one
 * phrase ("predictable-Mayor Aaland"), losing the clause after it. Such a hyphen is shown to the tagger and parser
 * as "--", the dash they know; offsets and the text itself are unchanged.
 */
final class SpacedDashes {
    private static final String DASH = "--";

    private SpacedDashes() {
    }

    static void mark(Annotation doc) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            if (token.word().equals("-") && spaceAt(text, token.beginPosition() - 1) && spaceAt(text, token.endPosition())) {
                token.setWord(DASH);
                token.setValue(DASH);
            }
        }
    }

    private static boolean spaceAt(String text, int i) {
        return i < 0 || i >= text.length() || Character.isWhitespace(text.charAt(i));
    }
}
