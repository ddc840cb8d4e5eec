package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.corroborate.eval.stance.Fnc1Data;
import org.corroborate.eval.stance.Fnc1Evaluation;
import org.corroborate.eval.stance.Fnc1Result;
import picocli.CommandLine.Command;

/** {@code corroborate eval fnc1}: stance of a body towards a headline on FNC-1. */
@Command(name = "fnc1",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
                "Trains the two-stage stance model (related or unrelated, then agree, disagree or discuss) on FNC-1 "
                        + "train (Pomerleau and Rao, Fake News Challenge 2017) and prints, on the competition test "
                        + "set, the official weighted score, per-class precision, recall and F1, macro-F1 and the "
                        + "confusion matrix.",
                "Settings are chosen on a dev part of train held out by body (bodies grouped by topic, every 5th "
                        + "group); the test set is only scored. Embeds about 27,000 texts with MiniLM: 2 to 4 minutes "
                        + "on 2 cores."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Evaluated.",
                "1:The shared data directory or its data/fnc1 was not found.",
                "2:Usage error.",
                "3:Internal error."})
final class FnC1Command extends DataSetEvalCommand {
    @Override
    public Integer call() {
        return run("FNC-1", Fnc1Data::directory, Fnc1Data::present, "train_stances.csv and competition_test_stances.csv");
    }

    @Override
    String[] evaluate(Path shared, PrintWriter err) {
        Fnc1Result result = Fnc1Evaluation.run(shared, err);
        return new String[] {result.toTable(), result.toJson()};
    }
}
