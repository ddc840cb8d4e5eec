package org.corroborate.eval.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.corroborate.attribution.CueDiagnosis;
import org.corroborate.eval.ParallelRunner;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.nlp.CoreNlpPipeline;

/** Runs an analyzer over a PolNeAR split and scores it with {@link PolnearScorer}. */
public final class PolnearEvaluation {
    private PolnearEvaluation() {
    }

    /** One article's scores and how many statements it produced. */
    private record Scored(Scores scores, int statements, String errors) {
    }

    /**
     * @param sharedDir the shared data directory (see {@link org.corroborate.eval.SharedData#locate()})
     * @param split     train, dev or test
     * @param analyzer  must be thread-safe when {@code threads > 1}
     * @param limit     evaluate only the first {@code limit} articles in file name order; 0 = all
     * @param threads   worker threads; 0 or less = every available core
     */
    public static PolnearResult run(Path sharedDir, String split, Function<Article, Analysis> analyzer, int limit,
                                    int threads) {
        return run(sharedDir, split, analyzer, limit, threads, null, ArticleBootstrap.DEFAULT_RESAMPLES);
    }

    /**
     * As {@link #run(Path, String, Function, int, int)}, with {@code resamples} draws for the intervals of the F1
     * figures ({@link ArticleBootstrap}; 0 computes none). When {@code errors} is not null, also writes there the
     * errors of every article ({@link ErrorListing}), one per line, tab-separated.
     */
    public static PolnearResult run(Path sharedDir, String split, Function<Article, Analysis> analyzer, int limit,
                                    int threads, Path errors, int resamples) {
        List<GoldArticle> gold = PolnearCorpus.read(sharedDir, split, limit);
        int workers = ParallelRunner.threads(threads);
        long started = System.nanoTime();
        CueDiagnosis diagnosis = errors == null ? null : new CueDiagnosis(CoreNlpPipeline.shared());
        List<ParallelRunner.Outcome<Scored>> outcomes = ParallelRunner.run(gold,
                g -> analyse(g, analyzer, diagnosis), workers);

        List<Scores> perArticle = new ArrayList<>();
        List<PolnearResult.Failure> failures = new ArrayList<>();
        int goldAttributions = 0;
        int statements = 0;
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < gold.size(); i++) {
            GoldArticle article = gold.get(i);
            ParallelRunner.Outcome<Scored> outcome = outcomes.get(i);
            Scored scored = outcome.value();
            if (outcome.failed()) {
                failures.add(new PolnearResult.Failure(article.id(), String.valueOf(outcome.error())));
                // Scored as if nothing had been found, so that a failure can never raise the scores.
                scored = new Scored(PolnearScorer.score(article, Analysis.of(article.article(), List.of(),
                        List.of())), 0, "");
            }
            perArticle.add(scored.scores());
            goldAttributions += article.attributions().size();
            statements += scored.statements();
            listing.append(scored.errors());
        }
        if (errors != null) {
            try {
                Files.writeString(errors, listing);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the error listing " + errors, e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Scores scores = perArticle.stream().reduce(Scores.ZERO, Scores::plus);
        ArticleBootstrap.Intervals intervals = resamples == 0 ? null : ArticleBootstrap.of(perArticle, resamples);
        return PolnearResult.of(split, gold.size(), workers, seconds, failures, goldAttributions, statements,
                scores, intervals);
    }

    // Scoring runs on the worker too, so a malformed prediction fails only its own article.
    // The diagnosis, when there is one, reads the article a second time: only error listings pay for it.
    private static Scored analyse(GoldArticle gold, Function<Article, Analysis> analyzer, CueDiagnosis diagnosis) {
        Analysis analysis = Objects.requireNonNull(analyzer.apply(gold.article()), "analyzer returned null");
        return new Scored(PolnearScorer.score(gold, analysis), analysis.statements().size(),
                diagnosis == null ? "" : ErrorListing.of(gold, analysis, diagnosis.of(gold.text())::reason));
    }
}
