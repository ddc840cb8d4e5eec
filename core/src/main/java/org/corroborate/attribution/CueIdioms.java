package org.corroborate.attribution;

import java.util.HashSet;
import java.util.Set;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.PhraseMatcher;
import org.corroborate.text.Lexicon;

/**
 * Set phrases in which a speech verb reports nothing: "Let's say you save $100", "It goes without saying",
 * "Having said that", and a sentence-initial imperative "Say Mexico demanded ...". The phrases are in
 * {@code cue-idioms.txt}, matched word for word with the {@link PhraseMatcher} the claim lexicons use.
 */
final class CueIdioms {
    private final PhraseMatcher<String> phrases = new PhraseMatcher<>();

    CueIdioms() {
        for (String phrase : Lexicon.load("cue-idioms.txt").keys()) {
            phrases.add(phrase, false, null, phrase);
        }
    }

    /** Indices of the tokens that lie inside a set phrase of the text, found in one pass. */
    Set<Integer> tokensIn(AnnotatedText at) {
        Set<Integer> covered = new HashSet<>();
        for (PhraseMatcher.Match<String> m : phrases.find(at.tokens())) {
            // A bare "say" is idiomatic only as the sentence's first word ("Say Mexico demanded ...").
            boolean bare = m.first() == m.last();
            if (bare && at.sentenceOf(at.token(m.first())).firstToken() != m.first()) {
                continue;
            }
            for (int k = m.first(); k <= m.last(); k++) {
                covered.add(k);
            }
        }
        return covered;
    }
}
