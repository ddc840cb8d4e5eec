package org.corroborate.eval.polnear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.attribution.CueLexicon;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.CoreNlpPipeline;
import org.corroborate.nlp.Token;

/**
 * Learns which verb lemmas head attribution cues, from PolNeAR's train split, or train and dev (never test): for
 * every verb lemma, how often it occurs and how often it sits inside an annotated cue. The attribution engine
 * keeps a lemma as a cue when that share is high enough ({@code cue-lemmas.tsv}). Rebuild with
 * {@code bin/corroborate train cues} (see docs/quality.md).
 */
public final class CueLexiconTrainer {
    /** Lemmas seen as a cue fewer times than this are too rare to trust and are left out. */
    private static final int MIN_CUE_COUNT = 2;

    private CueLexiconTrainer() {
    }

    public static String train(Path sharedDir, List<String> splits) {
        Map<String, int[]> counts = new TreeMap<>();
        for (GoldArticle article : PolnearCorpus.readForTraining(sharedDir, splits)) {
            // Tags and lemmas only: the parse is not needed to count words.
            AnnotatedText at = CoreNlpPipeline.shared().annotate(article.text(), sentence -> false);
            List<Region> cues = new ArrayList<>();
            for (GoldAttribution a : article.attributions()) {
                if (a.cue() != null) {
                    cues.add(a.cue());
                }
            }
            for (Token t : at.tokens()) {
                if (!t.isVerb()) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(t.lemma().toLowerCase(Locale.ROOT), k -> new int[2]);
                c[1]++;
                Region word = Region.of(t.start(), t.end());
                for (Region cue : cues) {
                    if (cue.overlap(word) > 0) {
                        c[0]++;
                        break;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Verb lemmas that head attribution cues in PolNeAR ").append(String.join(" and ", splits))
                .append(": lemma, times inside a cue, times seen.\n");
        out.append(CueLexicon.generatedLine(splits)).append('\n');
        counts.entrySet().stream()
                .filter(e -> e.getValue()[0] >= MIN_CUE_COUNT)
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> out.append(e.getKey()).append('\t').append(e.getValue()[0]).append('\t')
                        .append(e.getValue()[1]).append('\n'));
        return out.toString();
    }

    public static void write(Path sharedDir, List<String> splits, Path target) throws IOException {
        Files.writeString(target, train(sharedDir, splits));
    }
}
