package org.corroborate.model;

/**
 * The source of one statement: the words at the cue ({@code text}, e.g. "she"), the canonical source they
 * resolve to ({@code name}, e.g. "Ingy Sedky"), its type and any role or affiliation found for it.
 * Offsets are -1 when the statement has no source mention of its own (a continuation).
 */
public record SourceMention(String text, int start, int end, String name, SourceType type, String description) {
}
