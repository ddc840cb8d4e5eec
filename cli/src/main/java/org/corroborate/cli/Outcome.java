package org.corroborate.cli;

import java.util.List;
import org.corroborate.model.Analysis;

/**
 * What happened to one input: an analysis, or an input problem ({@code error}), or a crash of the analysis
 * ({@code error} and {@code crash}), plus any warnings from reading it.
 */
record Outcome(String id, Analysis analysis, List<String> warnings, String error, Throwable crash) {
    static Outcome analysed(Analysis analysis, List<String> warnings) {
        return new Outcome(analysis.id(), analysis, warnings, null, null);
    }

    static Outcome failed(String id, List<String> warnings, String error) {
        return new Outcome(id, null, warnings, error, null);
    }

    static Outcome crashed(String id, List<String> warnings, Throwable crash) {
        return new Outcome(id, null, warnings, "analysis failed: " + crash, crash);
    }

    boolean ok() {
        return analysis != null;
    }
}
