package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code eval fnc1}, {@code eval emergent} and {@code eval stories} share: --json, --shared and the check that
 * the data is there.
 */
abstract class DataSetEvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the result as JSON instead of a table.")
    private boolean json;

    @Mixin
    private SharedDirOption shared;

    /** The result as [table, JSON], progress going to {@code err}. */
    abstract String[] evaluate(Path shared, PrintWriter err);

    Integer run(String dataSet, Function<Path, Path> directory, Predicate<Path> present, String files) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> dir = shared.resolve(err, dataSet, directory, present, files);
        if (dir.isEmpty()) {
            return Main.INPUT_FAILED;
        }
        String[] result = evaluate(dir.get(), err);
        Main.printResult(spec.commandLine().getOut(), json ? result[1] : result[0]);
        return Main.OK;
    }
}
