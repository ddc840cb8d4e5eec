package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * 'Said Ellis: “I don’t get the sense ...”': the tagger reads a sentence-initial "Said" before a name as part of
 * the name (as in Edward Said), so the sentence has no verb, is not parsed and its quote has no speaker. Before
 * the parse decision, such a "Said" is shown to the entity recogniser and the parser in lower case and tagged as a
 * past-tense verb with the lemma "say" (the text and offsets are untouched) when the name is followed
 * by a colon, or by a comma and an opening quotation mark: the inverted speech form, not a person's name opening a
 * sentence ("Said Ahmed, a shopkeeper, told ..." keeps its tags).
 */
final class FrontedSaid {
    private static final int MAX_NAME_WORDS = 4;

    private FrontedSaid() {
    }

    static void retag(List<CoreLabel> sentence) {
        if (sentence.size() < 3 || !"Said".equals(sentence.get(0).word())) {
            return;
        }
        int i = 1;
        while (i < sentence.size() && i <= MAX_NAME_WORDS && NameTags.isProperNoun(sentence.get(i))) {
            i++;
        }
        if (i == 1 || i >= sentence.size() || !introducesQuote(sentence, i)) {
            return;
        }
        CoreLabel said = sentence.get(0);
        said.setWord("said"); // the entity recogniser and parser know the capitalised word as a name too
        said.setValue("said");
        said.setTag("VBD");
        said.setLemma("say");
    }

    private static boolean introducesQuote(List<CoreLabel> sentence, int i) {
        String word = sentence.get(i).word();
        if (":".equals(word)) {
            return true;
        }
        return ",".equals(word) && i + 1 < sentence.size() && "``".equals(sentence.get(i + 1).tag());
    }
}
