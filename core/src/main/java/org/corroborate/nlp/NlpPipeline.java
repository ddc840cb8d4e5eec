package org.corroborate.nlp;

/** Turns text into {@link AnnotatedText}. Implementations are built once per process and are thread-safe. */
public interface NlpPipeline {
    /** Annotates every sentence fully. */
    default AnnotatedText annotate(String text) {
        return annotate(text, SentenceSelector.ALL);
    }

    /** Tags, lemmatises and finds entities in every sentence; parses only those {@code selector} picks. */
    AnnotatedText annotate(String text, SentenceSelector selector);
}
