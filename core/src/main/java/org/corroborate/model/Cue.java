package org.corroborate.model;

/** The words that mark a statement as attributed ("said", "according to", "citing"), with the lemma of its head. */
public record Cue(String text, int start, int end, String lemma) {
    public Span span() {
        return new Span(text, start, end);
    }
}
