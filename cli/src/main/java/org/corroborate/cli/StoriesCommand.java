package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.corroborate.eval.compare.StoryGroupingEvaluation;
import org.corroborate.eval.stance.Fnc1Data;
import org.corroborate.json.AnalysisJson;
import picocli.CommandLine.Command;

/** {@code corroborate eval stories}: how well compare groups articles into stories, on FNC-1 train. */
@Command(name = "stories",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Scores the story grouping of compare on FNC-1 train: 15 headlines with disjoint sets of "
                + "related bodies, 10 bodies each; pairwise precision and recall of 'in the same story'.",
                "Reads the texts only (no CoreNLP), in a few seconds."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Scored.", "1:Shared data not found.", "2:Usage error."})
final class StoriesCommand extends DataSetEvalCommand {
    @Override
    public Integer call() {
        return run("FNC-1", Fnc1Data::directory, Fnc1Data::present, "train_stances.csv and train_bodies.csv");
    }

    @Override
    String[] evaluate(Path shared, PrintWriter err) {
        var result = StoryGroupingEvaluation.run(shared);
        return new String[] {result.toTable(), AnalysisJson.pretty(result)};
    }
}
