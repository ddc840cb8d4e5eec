package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;

/**
 * Set phrases in which a speech verb reports nothing: "Let's say you save $100", "It goes without saying",
 * "Having said that", and a sentence-initial imperative "Say Mexico demanded ...". The phrases are in
 * {@code cue-idioms.txt}; a cue verb is idiomatic when one of them covers it, word for word.
 */
final class CueIdioms {
    private final List<String[]> phrases = new ArrayList<>();

    CueIdioms() {
        for (String phrase : Lexicon.load("cue-idioms.txt").keys()) {
            phrases.add(phrase.split(" "));
        }
    }

    /** Whether a phrase of the list, placed so that it covers the verb, matches the words around it. */
    boolean holds(AnnotatedText at, Token verb) {
        var sentence = at.sentenceOf(verb);
        String word = verb.word().toLowerCase(Locale.ROOT);
        for (String[] phrase : phrases) {
            for (int at0 = 0; at0 < phrase.length; at0++) {
                if (!phrase[at0].equals(word)) {
                    continue;
                }
                int first = verb.index() - at0;
                if (first < sentence.firstToken() || first + phrase.length > sentence.endToken()) {
                    continue;
                }
                if (phrase.length == 1 && first != sentence.firstToken()) {
                    continue; // a bare "say" is idiomatic only as the sentence's first word ("Say Mexico demanded")
                }
                if (matches(at, first, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(AnnotatedText at, int first, String[] phrase) {
        for (int i = 0; i < phrase.length; i++) {
            if (!at.token(first + i).word().toLowerCase(Locale.ROOT).equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }
}
