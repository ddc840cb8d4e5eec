package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.eval.polnear.CueLexiconTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate train cues}: rebuilds the learned cue lexicon from PolNeAR train. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Rebuilds a learned resource from the train split of a public data set.",
                "cues: which verb lemmas head attribution cues in PolNeAR train (about 1 minute);",
                "written to core/src/main/resources/org/corroborate/lexicon/cue-lemmas.tsv unless -o is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "1:Shared data not found or the file could not be written.", "2:Usage error."})
final class TrainCommand implements Callable<Integer> {
    static final Path DEFAULT_CUES = Path.of("core/src/main/resources/org/corroborate/lexicon/cue-lemmas.tsv");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to train: ${COMPLETION-CANDIDATES}.")
    private Resource what;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it.")
    private Path output;

    @Mixin
    private SharedDirOption shared;

    enum Resource { cues }

    @Override
    public Integer call() {
        Optional<Path> dir = shared.resolve(spec.commandLine().getErr());
        if (dir.isEmpty()) {
            return Main.INPUT_FAILED;
        }
        // Relative to the checkout (bin/corroborate passes it), so the command works from any directory.
        Path target = output != null ? output
                : Path.of(System.getProperty("corroborate.home", ".")).resolve(DEFAULT_CUES);
        try {
            CueLexiconTrainer.write(dir.get(), target);
        } catch (IOException e) {
            spec.commandLine().getErr().println("corroborate: cannot write " + target + ": " + e.getMessage());
            return Main.INPUT_FAILED;
        }
        spec.commandLine().getErr().println("wrote " + target + "; rebuild (bin/corroborate does) to use it");
        return Main.OK;
    }
}
