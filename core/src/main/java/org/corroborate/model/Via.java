package org.corroborate.model;

/** A link in the chain a statement came through: "Reuters, citing an unnamed spokesman" has via = [Reuters]. */
public record Via(String name, SourceType type) {
}
