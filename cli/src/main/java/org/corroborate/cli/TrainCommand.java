package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.eval.polnear.CueLexiconTrainer;
import org.corroborate.eval.polnear.CueModelTrainer;
import org.corroborate.eval.polnear.PolnearCorpus;
import org.corroborate.eval.ptc.TechniqueLexiconTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate train cues|cue-model|ptc}: rebuilds a learned resource. The shipped cue lexicon and cue model
 * learn from PolNeAR train and dev; tuning trains them on train alone ({@code --splits train}) so that dev
 * stays unseen.
 */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Rebuilds a learned resource from the training part of a public data set.",
                "cues: which verb lemmas head attribution cues in PolNeAR (about 1 minute),",
                "  written to core/src/main/resources/org/corroborate/lexicon/cue-lemmas.tsv;",
                "cue-model: the cue classifier (logistic regression, about 2 minutes), written",
                "  to core/src/main/resources/org/corroborate/lexicon/cue-model.ser.gz.",
                "  Train it after cues: its features include the lexicon's shares, and",
                "  bin/corroborate rebuilds in between. Both learn from PolNeAR train and dev",
                "  (what ships); to tune on dev, train both with --splits train first, and",
                "  retrain with the default before committing;",
                "ptc: the propaganda-technique lexicon, learned from the PTC train part,",
                "  hold-out excluded (about 2 minutes), written to",
                "  core/src/main/resources/org/corroborate/lexicon/technique-cues.tsv.",
                "-o writes elsewhere."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "1:Shared data not found or the file could not be written.", "2:Usage error."})
final class TrainCommand implements Callable<Integer> {
    static final Path LEXICON_DIR = Path.of("core/src/main/resources/org/corroborate/lexicon");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", converter = TrainCommand.ResourceConverter.class,
            description = "What to train: cues, cue-model or ptc.")
    private Resource what;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it.")
    private Path output;

    @Option(names = "--splits", paramLabel = "SPLIT", split = ",",
            description = "PolNeAR splits to learn from, for cues and cue-model: train, dev or both"
                    + " (default: train,dev). Test is refused: it is for reporting.")
    private List<String> splits;

    @Mixin
    private SharedDirOption shared;

    enum Resource { cues, cue_model, ptc }

    /** Accepts "cue-model" for the enum constant cue_model. */
    static final class ResourceConverter implements picocli.CommandLine.ITypeConverter<Resource> {
        @Override
        public Resource convert(String value) {
            return Resource.valueOf(value.replace('-', '_'));
        }
    }

    /** What is wrong with {@code --splits}, before any data is read; null when nothing is. */
    private String splitProblem() {
        if (splits == null) {
            return null;
        }
        if (what == Resource.ptc) {
            return "--splits is for cues and cue-model; ptc learns from the PTC train part";
        }
        try {
            PolnearCorpus.checkTrainingSplits(splits);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    public Integer call() {
        String splitProblem = splitProblem();
        if (splitProblem != null) {
            spec.commandLine().getErr().println("corroborate: " + splitProblem);
            return Main.USAGE;
        }
        List<String> polnearSplits = splits != null ? splits : PolnearCorpus.TRAINING_SPLITS;
        Optional<Path> dir = what == Resource.ptc ? PtcCommand.ptcDirectory(shared, spec)
                : shared.resolve(spec.commandLine().getErr());
        if (dir.isEmpty()) {
            return Main.INPUT_FAILED;
        }
        // Relative to the checkout (bin/corroborate passes it), so the command works from any directory.
        Path lexicon = Path.of(System.getProperty("corroborate.home", ".")).resolve(LEXICON_DIR);
        Path target = output != null ? output
                : lexicon.resolve(switch (what) {
                    case cues -> "cue-lemmas.tsv";
                    case cue_model -> "cue-model.ser.gz";
                    case ptc -> "technique-cues.tsv";
                });
        try {
            if (what == Resource.cues) {
                CueLexiconTrainer.write(dir.get(), polnearSplits, target);
            } else if (what == Resource.ptc) {
                TechniqueLexiconTrainer.write(dir.get(), target, 0, spec.commandLine().getErr());
            } else {
                CueModelTrainer.train(dir.get(), polnearSplits, 0).save(target);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("corroborate: cannot write " + target + ": " + e.getMessage());
            return Main.INPUT_FAILED;
        }
        spec.commandLine().getErr().println("wrote " + target + "; rebuild (bin/corroborate does) to use it");
        return Main.OK;
    }
}
