package org.corroborate.eval.polnear;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.attribution.CueFeatures;
import org.corroborate.attribution.CueLexicon;
import org.corroborate.attribution.ParseRepairs;
import org.corroborate.attribution.Quote;
import org.corroborate.attribution.QuoteFinder;
import org.corroborate.eval.ParallelRunner;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.CoreNlpPipeline;
import org.corroborate.nlp.LinearModel;
import org.corroborate.nlp.Token;

/**
 * Trains the cue model on PolNeAR train, or train and dev (never test): every candidate word (a verb of a parsed
 * sentence, or "according") is an example, positive when it lies inside an annotated cue. The text goes through the same
 * pipeline and sentence selection as at analysis time, so the model sees what it will see in use.
 * Rebuilt by {@code bin/corroborate train cue-model}, after {@code train cues} (the lexicon, whose shares are
 * features).
 */
public final class CueModelTrainer {
    /** Regularisation: the prior's standard deviation, chosen on dev (docs/quality.md). */
    static final double SIGMA = Double.parseDouble(System.getProperty("corroborate.sigma", "0.5"));

    private CueModelTrainer() {
    }

    public static LinearModel train(Path sharedDir, List<String> splits, int threads) {
        CueLexicon lexicon = new CueLexicon();
        CueFeatures features = new CueFeatures();
        QuoteFinder quoteFinder = new QuoteFinder();
        List<GoldArticle> articles = PolnearCorpus.readForTraining(sharedDir, splits);
        List<ParallelRunner.Outcome<List<LinearModel.Example>>> outcomes = ParallelRunner.run(articles, article -> {
            List<Quote> quotes = quoteFinder.find(article.text());
            AnnotatedText at = ParseRepairs.read(CoreNlpPipeline.shared(), article.text(), lexicon, quotes);
            List<LinearModel.Example> examples = new ArrayList<>();
            for (Token t : at.tokens()) {
                if (CueFeatures.isCandidate(at, t)) {
                    examples.add(new LinearModel.Example(features.of(at, t, Quote.anyHolds(quotes, t.start(), t.end())), inCue(article, t)));
                }
            }
            return examples;
        }, ParallelRunner.threads(threads));
        List<LinearModel.Example> all = new ArrayList<>();
        for (var outcome : outcomes) {
            if (!outcome.failed()) {
                all.addAll(outcome.value());
            }
        }
        return LinearModel.train(all, SIGMA);
    }

    private static boolean inCue(GoldArticle article, Token t) {
        Region word = Region.of(t.start(), t.end());
        for (GoldAttribution a : article.attributions()) {
            if (a.cue() != null && a.cue().overlap(word) > 0) {
                return true;
            }
        }
        return false;
    }
}
