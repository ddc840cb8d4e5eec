package org.corroborate.nlp;

import java.util.List;

/**
 * Chooses which sentences get the dependency parse, the expensive annotation. The others keep tokens, tags,
 * lemmas and entities, with no dependency head.
 */
@FunctionalInterface
public interface SentenceSelector {
    SentenceSelector ALL = sentence -> true;

    /** {@code sentence} holds tagged, lemmatised tokens with entities (no heads yet). */
    boolean needsParse(List<Token> sentence);
}
