package org.corroborate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Function;
import java.util.function.Supplier;
import org.corroborate.Analyzer;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;

/** Runs the command line in-process and captures what it writes. */
record Run(int code, String out, String err) {
    /** One real analyzer for all CLI tests: loading CoreNLP takes several seconds. */
    static final Supplier<Function<Article, Analysis>> REAL = Main.memoize(() -> Analyzer.create()::analyze);

    static Run of(Supplier<Function<Article, Analysis>> analyzer, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(analyzer), new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** For commands that must never reach the analyzer. */
    static Run withoutAnalyzer(String... args) {
        return of(() -> {
            throw new AssertionError("the analyzer should not be loaded");
        }, args);
    }
}
