package org.corroborate.model;

import java.util.List;

/**
 * One attributed statement.
 *
 * @param cue    null for a continuation (a quote with no cue of its own that belongs to the previous speaker)
 * @param rule   which pattern found it, so a user can see why it is there
 */
public record Statement(StatementKind kind, Span content, Cue cue, SourceMention source, List<Via> via, String rule) {
    public Statement {
        via = List.copyOf(via);
    }
}
