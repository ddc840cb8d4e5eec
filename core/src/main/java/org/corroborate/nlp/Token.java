package org.corroborate.nlp;

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
}
