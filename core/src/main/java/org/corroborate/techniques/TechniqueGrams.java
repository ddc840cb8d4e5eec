package org.corroborate.techniques;

import java.util.List;
import org.corroborate.nlp.Token;

/**
 * The keys the technique lexicon is indexed by, for every position of a sentence: word and lemma n-grams
 * (lower-cased, n = 1 to {@value #MAX_N}) and a few cheap token features (all capitals, superlative). The trainer
 * counts them and the spotter looks them up, so both must see exactly the same keys.
 */
public final class TechniqueGrams {
    public static final int MAX_N = 3;

    private TechniqueGrams() {
    }

    /** Receives one key occurring over tokens [first, end) of the sentence list. */
    @FunctionalInterface
    public interface Sink {
        void accept(String key, int first, int end);
    }

    /** Calls {@code sink} for every key of {@code sentence} (tokens of one sentence, in order). */
    public static void forEach(List<Token> sentence, Sink sink) {
        int size = sentence.size();
        String[] words = Token.lowerWords(sentence);
        String[] lemmas = Token.lowerLemmas(sentence);
        for (int i = 0; i < size; i++) {
            grams("w:", words, i, sink);
            grams("l:", lemmas, i, sink);
            Token t = sentence.get(i);
            if (isAllCaps(t.word())) {
                sink.accept("f:allcaps", i, i + 1);
            }
            if (t.pos().equals("JJS") || t.pos().equals("RBS")) {
                sink.accept("f:superlative", i, i + 1);
            }
        }
    }

    // n-grams starting at i; the same string for word and lemma keys is kept twice on purpose (kinds differ).
    private static void grams(String prefix, String[] parts, int i, Sink sink) {
        StringBuilder key = new StringBuilder(prefix);
        for (int n = 0; n < MAX_N && i + n < parts.length; n++) {
            if (n > 0) {
                key.append(' ');
            }
            key.append(parts[i + n]);
            sink.accept(key.toString(), i, i + n + 1);
        }
    }

    // "DESTROY", "FAKE": shouting; two letters ("US", "UN") are mostly abbreviations.
    static boolean isAllCaps(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 3;
    }
}
