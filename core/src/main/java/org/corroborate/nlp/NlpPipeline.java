package org.corroborate.nlp;

/** Turns text into {@link AnnotatedText}. Implementations are built once per process and are thread-safe. */
public interface NlpPipeline {
    AnnotatedText annotate(String text);
}
