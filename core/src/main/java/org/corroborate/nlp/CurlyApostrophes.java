package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.regex.Pattern;

/**
 * "We’ve argued", "she’s expected to", "you’ll see": the tagger and parser learned contractions written with a
 * straight apostrophe. Written with a typographic one (U+2019, as in about half of the news we read), "’s" after
 * a pronoun is tagged a possessive, "’ll" a present-tense verb and "’ve" becomes the sentence's main verb, so the
 * real verb loses its subject. Contraction tokens are shown to the tagger and parser with a straight apostrophe;
 * offsets and the text itself are unchanged (tokens read their words from the text).
 */
final class CurlyApostrophes {
    private static final char TYPOGRAPHIC = '\u2019';
    /** The clitics CoreNLP's tokenizer splits off: "’s", "’re", "’ve", "’ll", "’d", "’m" and "n’t". */
    private static final Pattern CONTRACTION = Pattern.compile("(?i)\u2019(s|re|ve|ll|d|m)|n\u2019t");

    private CurlyApostrophes() {
    }

    static void straighten(Annotation doc) {
        for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            String word = token.word();
            if (word.indexOf(TYPOGRAPHIC) >= 0 && CONTRACTION.matcher(word).matches()) {
                String straight = word.replace(TYPOGRAPHIC, '\'');
                token.setWord(straight);
                token.setValue(straight);
            }
        }
    }
}
