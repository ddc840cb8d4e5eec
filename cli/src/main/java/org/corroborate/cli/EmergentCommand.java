package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.corroborate.eval.stance.EmergentData;
import org.corroborate.eval.stance.EmergentEvaluation;
import org.corroborate.eval.stance.EmergentResult;
import picocli.CommandLine.Command;

/** {@code corroborate eval emergent}: stance of article headlines towards claims on Emergent. */
@Command(name = "emergent",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
                "Trains a stance classifier (for, against, observing) on Emergent (Ferreira and Vlachos, NAACL 2016) "
                        + "and prints accuracy, per-class precision, recall and F1 and the confusion matrix on the "
                        + "held-out claims: claim ids sorted, every 5th held out with all its rows, so no claim is "
                        + "in both parts. About 10 seconds."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Evaluated.",
                "1:The shared data directory or its data/emergent was not found.",
                "2:Usage error.",
                "3:Internal error."})
final class EmergentCommand extends DataSetEvalCommand {
    @Override
    public Integer call() {
        return run("Emergent", EmergentData::directory, EmergentData::present, EmergentData.FILE);
    }

    @Override
    String[] evaluate(Path shared, PrintWriter err) {
        EmergentResult result = EmergentEvaluation.run(shared, err);
        return new String[] {result.toTable(), result.toJson()};
    }
}
