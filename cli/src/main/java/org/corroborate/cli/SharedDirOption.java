package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.corroborate.eval.SharedData;
import picocli.CommandLine.Option;

/** The {@code --shared DIR} option of the commands that read the (never committed) data sets. */
final class SharedDirOption {
    @Option(names = "--shared", paramLabel = "DIR",
            description = {"The shared data directory (holding data/polnear/...). Default: the system property "
                    + SharedData.PROPERTY + ", else $" + SharedData.ENV + ", else ../shared or ../../shared."})
    private Path shared;

    /** The directory, or empty after printing why there is none. */
    Optional<Path> resolve(java.io.PrintWriter err) {
        if (shared != null) {
            if (Files.isDirectory(shared)) {
                return Optional.of(shared);
            }
            err.println("corroborate: --shared " + shared + ": no such directory");
            return Optional.empty();
        }
        Optional<Path> found = SharedData.locate();
        if (found.isEmpty()) {
            err.println("corroborate: shared data directory not found; pass --shared DIR or set "
                    + SharedData.ENV + " (it holds the evaluation data sets, which are not part of the project)");
        }
        return found;
    }
}
