package org.corroborate.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import org.corroborate.model.Analysis;

/**
 * The JSON contract of docs/json.md and docs/analysis.schema.json: one object per article, written pretty
 * ({@code --format json}) or on one line ({@code --format jsonl}), and read back.
 *
 * <p>Nulls are written, never left out: a field the contract says may be null (a continuation's cue) is always
 * present, so consumers can rely on every key being there. Enums are lowercase through their {@code @JsonValue}.
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // Newer contract versions may add fields; an older reader should still understand the rest.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // Looks like `jq .` output: two-space indent, LF on every platform, "key": value, [] and {} when empty.
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private AnalysisJson() {
    }

    /** The shared, configured mapper. Do not reconfigure it: it is used from several threads. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Indented over several lines, LF line ends, no trailing newline. */
    public static String pretty(Object value) {
        return write(PRETTY, value);
    }

    /** On a single line, as one record of a JSON Lines stream. No trailing newline. */
    public static String line(Object value) {
        return write(COMPACT, value);
    }

    public static Analysis read(String json) {
        try {
            return MAPPER.readValue(json, Analysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an analysis: " + e.getOriginalMessage(), e);
        }
    }

    /** What stands in an output stream for an input that could not be analysed, so none is silently dropped. */
    @JsonPropertyOrder({"version", "id", "error"})
    public record Failure(String version, String id, String error) {
        public static Failure of(String id, String error) {
            return new Failure(Analysis.CONTRACT_VERSION, id, error);
        }
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Our own records always serialise; failing here is a bug, not an input problem.
            throw new UncheckedIOException(e);
        }
    }
}
