package org.corroborate.model;

import java.util.Objects;

/** An article to analyse: an identifier (usually the file name) and its text. All offsets refer to {@code text}. */
public record Article(String id, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
