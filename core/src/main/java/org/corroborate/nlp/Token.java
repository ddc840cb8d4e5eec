package org.corroborate.nlp;

import java.util.List;
import java.util.Locale;

/**
 * One token with its annotations. {@code head} is the index (within the whole text) of its dependency head,
 * -1 for a sentence root; {@code relation} is the Universal Dependencies relation to that head.
 */
public record Token(int index, int sentence, String word, int start, int end, String lemma, String pos, String ner,
                    int head, String relation) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("WP");
    }

    /** The tokens' words, lower-cased once (matchers compare them many times). */
    public static String[] lowerWords(List<Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
        }
        return out;
    }

    /** The tokens' lemmas lower-cased, or the lower-cased word where a token has no lemma. */
    public static String[] lowerLemmas(List<Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            Token t = tokens.get(i);
            out[i] = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        }
        return out;
    }
}
