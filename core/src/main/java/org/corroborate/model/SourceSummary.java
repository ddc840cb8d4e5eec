package org.corroborate.model;

/** One distinct source of an article and how many statements rest on it. */
public record SourceSummary(String name, SourceType type, String description, int statements) {
}
