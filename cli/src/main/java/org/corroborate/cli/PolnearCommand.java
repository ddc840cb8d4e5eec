package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.corroborate.attribution.CueLexicon;
import org.corroborate.eval.polnear.AnnotatorAgreement;
import org.corroborate.eval.polnear.ArticleBootstrap;
import org.corroborate.eval.polnear.CoreNlpQuoteBaseline;
import org.corroborate.eval.polnear.PolnearEvaluation;
import org.corroborate.eval.polnear.PolnearResult;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corroborate eval polnear}: source / cue / content scores on PolNeAR. */
@Command(name = "polnear",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
                "Runs the analyzer over a PolNeAR split (1,008 annotated US political news articles, "
                        + "Newell et al., LREC 2018) and prints source, cue and content precision, recall and F1.",
                "Tune on train and dev; use test only to report."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Evaluated.",
                "1:The shared data directory was not found.",
                "2:Usage error.",
                "3:Internal error."})
final class PolnearCommand implements Callable<Integer> {
    enum Split { train, dev, test }

    enum Baseline { corenlp }

    @ParentCommand
    private EvalCommand eval;

    @Spec
    private CommandSpec spec;

    @Option(names = "--split", required = true, paramLabel = "SPLIT",
            description = "Which split: ${COMPLETION-CANDIDATES}.")
    private Split split;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles (default: all).")
    private int limit;

    @Mixin
    private WorkerOptions run;

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "Score a baseline instead of Corroborate: ${COMPLETION-CANDIDATES} "
                    + "(Stanford CoreNLP's quote annotator with quote attribution).")
    private Baseline baseline;

    @Option(names = "--agreement",
            description = "Score PolNeAR's own annotators instead of Corroborate: on the articles of the split "
                    + "that several annotators annotated, each later annotation against the first.")
    private boolean agreement;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every missed gold cue (with why it was missed), every predicted cue "
                    + "(matched or not) and every matched cue whose source or content differs, with its context, "
                    + "to FILE (tab-separated), for error analysis.")
    private Path errors;

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Resample the articles N times for 95%% intervals of the F1 figures (default: "
                    + ArticleBootstrap.DEFAULT_RESAMPLES + "; 0 for none).")
    private Integer bootstrap;

    @Mixin
    private SharedDirOption shared;

    @Override
    public Integer call() {
        checkOptions(); // usage errors first, whether or not the data is there
        Optional<Path> dir = shared.resolve(spec.commandLine().getErr());
        if (dir.isEmpty()) {
            return Main.INPUT_FAILED;
        }
        if (agreement) {
            return print(AnnotatorAgreement.run(dir.get(), split.name()));
        }
        if (errors != null) {
            createOrFail(errors); // before the run, not after minutes of analysis
        }
        if (baseline == null && CueLexicon.learnedFrom().contains(split.name())) {
            spec.commandLine().getErr().println("note: the bundled cue lexicon and cue model learned from "
                    + split.name() + ", so these figures are in-sample; for held-out ones, train both with"
                    + " --splits train (docs/quality.md)");
        }
        Function<Article, Analysis> analyzer = baseline == Baseline.corenlp
                ? new CoreNlpQuoteBaseline()
                : eval.main().analyzer();
        int resamples = bootstrap == null ? ArticleBootstrap.DEFAULT_RESAMPLES : bootstrap;
        return print(PolnearEvaluation.run(dir.get(), split.name(), analyzer, Math.max(0, limit), run.threads,
                errors, resamples));
    }

    private void checkOptions() {
        if (bootstrap != null && bootstrap < 0) {
            throw new ParameterException(spec.commandLine(), "--bootstrap must be 0 or more, got " + bootstrap);
        }
        if (agreement && (baseline != null || errors != null || bootstrap != null)) {
            throw new ParameterException(spec.commandLine(),
                    "--agreement scores the annotators; it takes none of --baseline, --errors, --bootstrap");
        }
    }

    private int print(PolnearResult result) {
        Main.printResult(spec.commandLine().getOut(), run.json ? result.toJson() : result.toTable());
        return Main.OK;
    }

    private void createOrFail(Path file) {
        try {
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write the --errors file " + file + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }
}
