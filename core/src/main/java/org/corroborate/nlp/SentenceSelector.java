package org.corroborate.nlp;

import java.util.List;

/**
 * Chooses which sentences get the expensive annotations (entities and dependency parse). The others keep
 * tokens, tags and lemmas, with entity "O" and no dependency head.
 */
@FunctionalInterface
public interface SentenceSelector {
    SentenceSelector ALL = sentence -> true;

    /** {@code sentence} holds tagged, lemmatised tokens (no entities, no heads yet). */
    boolean needsParse(List<Token> sentence);
}
