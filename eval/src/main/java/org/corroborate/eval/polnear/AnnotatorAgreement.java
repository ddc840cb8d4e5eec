package org.corroborate.eval.polnear;

import java.nio.file.Path;
import java.util.List;

/**
 * How well PolNeAR's own annotators agree, measured exactly as Corroborate is: on every article of a split that
 * several annotators annotated, each later annotation file is scored by {@link PolnearScorer} against the first
 * (the one the evaluation uses as gold). This is the ceiling a system scored against one annotator can expect.
 * No intervals: a split holds too few such articles (two in dev and test) for resampling to mean anything.
 */
public final class AnnotatorAgreement {
    private AnnotatorAgreement() {
    }

    public static PolnearResult run(Path sharedDir, String split) {
        long started = System.nanoTime();
        List<List<GoldArticle>> articles = PolnearCorpus.readMultiplyAnnotated(sharedDir, split);
        Scores scores = Scores.ZERO;
        int goldAttributions = 0;
        int otherAttributions = 0;
        for (List<GoldArticle> annotations : articles) {
            GoldArticle first = annotations.get(0);
            for (GoldArticle other : annotations.subList(1, annotations.size())) {
                scores = scores.plus(PolnearScorer.score(first, other));
                goldAttributions += first.attributions().size();
                otherAttributions += other.attributions().size();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return PolnearResult.of(split + " (annotator agreement: later annotators against the first)",
                articles.size(), 1, seconds, List.of(), goldAttributions, otherAttributions, scores, null);
    }
}
