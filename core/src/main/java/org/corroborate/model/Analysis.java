package org.corroborate.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything found in one article; this is the JSON contract (docs/json.md).
 * {@code quantities} and {@code hedges} are filled by later stages and are empty for now.
 */
@JsonPropertyOrder({"version", "id", "text", "statements", "sources", "quantities", "hedges"})
public record Analysis(String version, String id, String text, List<Statement> statements, List<SourceSummary> sources,
                       List<Object> quantities, List<Object> hedges) {
    public static final String CONTRACT_VERSION = "1.1";

    public Analysis {
        statements = List.copyOf(statements);
        sources = List.copyOf(sources);
        quantities = List.copyOf(quantities);
        hedges = List.copyOf(hedges);
    }

    public static Analysis of(Article article, List<Statement> statements, List<SourceSummary> sources) {
        return new Analysis(CONTRACT_VERSION, article.id(), article.text(), statements, sources, List.of(), List.of());
    }
}
