package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.corroborate.cli.html.ComparisonReport;
import org.corroborate.compare.Comparer;
import org.corroborate.compare.Comparison;
import org.corroborate.compare.Story;
import org.corroborate.json.AnalysisJson;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corroborate compare}: the inputs grouped into stories, their claims aligned across outlets. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
                "Puts several outlets' articles side by side: groups them into stories (articles about the same "
                        + "event; an unrelated one stays alone), aligns their claims (statements, the outlets' "
                        + "own sentences, quantities) and says for each group whether the articles agree, "
                        + "contradict each other (a denial against a report, different numbers for the same "
                        + "thing) or only one reports it, and why; then who each outlet quotes (shared and "
                        + "unique sources), the words each uses for the same actors, and each one's sourcing "
                        + "profile.",
                "",
                "Takes any input analyze takes: plain-text or HTML files, http(s) URLs, - for standard input. "
                        + "An input that cannot be read is reported on standard error and listed under "
                        + "\"failed\" in json; the others are still compared.",
                ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Every input was analysed and compared.",
                "1:Some inputs could not be read (or the output could not be written); the others were compared.",
                "2:Usage error.",
                "3:Internal error: the analysis crashed on some input (a bug; please report it)."})
final class CompareCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = {"Output format, default ${DEFAULT-VALUE}:",
                    "text - a readable report per story: claim groups with their relation and reason, "
                            + "sources, terms, profiles;",
                    "json - one JSON object {version, stories, failed} (docs/json.md);",
                    "html - one self-contained page: articles in columns, aligned claims on the same row, "
                            + "each linked to its place in its article (docs/report.md)."})
    private Format format;

    @Mixin
    private InputOptions options;

    /** The JSON document: the comparison plus the inputs that could not be compared. */
    record Output(String version, List<Story> stories, List<Failed> failed) {
    }

    record Failed(String id, String error) {
    }

    @Override
    public Integer call() throws InterruptedException {
        options.validate(spec);
        PrintWriter err = spec.commandLine().getErr();
        Optional<Function<Article, Analysis>> maybe = options.analyzer(main, err);
        if (maybe.isEmpty()) {
            return Main.INPUT_FAILED;
        }
        Function<Article, Analysis> analyzer = maybe.get();
        List<Outcome> outcomes = new ArrayList<>();
        var reader = options.reader();
        InOrder.run(options.inputs, options.threads, input -> InputOptions.analyse(analyzer, reader, input),
                outcomes::add);
        OutcomeLog log = new OutcomeLog(err);
        Map<String, Analysis> analyses = new LinkedHashMap<>();
        List<Failed> failures = new ArrayList<>();
        for (Outcome o : outcomes) {
            log.log(o);
            if (o.ok()) {
                analyses.put(o.id(), o.analysis());
            } else {
                failures.add(new Failed(o.id(), o.error()));
            }
        }
        Comparison comparison = new Comparer().compare(new ArrayList<>(analyses.values()));
        String rendered = switch (format) {
            case text -> ComparisonTextReport.render(comparison, analyses, failures);
            case json -> AnalysisJson.pretty(new Output(comparison.version(), comparison.stories(), failures)) + "\n";
            case html -> ComparisonReport.render(comparison, analyses);
        };
        if (!write(rendered, err)) {
            return Main.INPUT_FAILED;
        }
        return log.exitCode();
    }

    private boolean write(String rendered, PrintWriter err) {
        if (options.output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
            return !out.checkError();
        }
        try {
            Files.writeString(options.output, rendered, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("corroborate: cannot write " + options.output + ": " + e.getMessage());
            return false;
        }
    }
}
