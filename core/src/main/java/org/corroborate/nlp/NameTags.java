package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * '"...," Shook said.': the tagger reads a surname that is also a word as that word (a past tense, an adjective:
 * "Devine"), while the entity recogniser, which sees more of the context, knows it is a person. The parser then
 * builds on the wrong tag. Before parsing, a capitalised word inside a sentence that the recogniser calls a person
 * is tagged as a proper noun, with itself as lemma. The first word of a sentence, the first after an opening
 * quotation mark, and every word of a headline written in title case ("Lindsey Graham Says ...") keep their tags:
 * their capital says nothing.
 */
final class NameTags {
    /** Tags of the words after which a capital starts a phrase: an opening quote or bracket, a colon or dash. */
    private static final Set<String> OPENING_TAGS = Set.of("``", "-LRB-", ":");

    private NameTags() {
    }

    static void mark(List<CoreLabel> sentence) {
        if (isTitleCase(sentence)) {
            return;
        }
        for (int i = 1; i < sentence.size(); i++) {
            CoreLabel t = sentence.get(i);
            String word = t.word();
            if ("PERSON".equals(t.ner()) && t.tag() != null && !isProperNoun(t) && !word.isEmpty()
                    && Character.isUpperCase(word.charAt(0)) && !opensPhrase(sentence, i - 1)) {
                t.setTag("NNP");
                t.setLemma(word);
            }
        }
    }

    /**
     * Whether a capital after this token starts a phrase. The tagger marks every straight quotation mark as
     * opening, so a straight mark right after a word or comma ('..., said," Devine added') counts as closing.
     */
    private static boolean opensPhrase(List<CoreLabel> sentence, int k) {
        CoreLabel t = sentence.get(k);
        if (!OPENING_TAGS.contains(t.tag())) {
            return false;
        }
        boolean straightQuote = t.word().equals("\"");
        return !straightQuote || k == 0 || sentence.get(k - 1).endPosition() < t.beginPosition();
    }

    /** Whether the tagger took the word for a proper noun (singular or plural). */
    static boolean isProperNoun(CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("NNP");
    }

    /** Most of the words, short function words aside, start with a capital. */
    static boolean isTitleCase(List<CoreLabel> sentence) {
        int words = 0;
        int capitalised = 0;
        for (CoreLabel t : sentence) {
            String w = t.word();
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words > 0 && capitalised * 4 >= words * 3;
    }
}
