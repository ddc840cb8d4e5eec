package org.corroborate.eval.polnear;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * How much the headline F1 figures would move with another sample of articles: the split's articles are drawn
 * with replacement, as many as there are, the micro-averaged scores recomputed, and the 2.5th and 97.5th
 * percentiles of each F1 over all draws reported (the percentile bootstrap). Articles, not attributions, are
 * resampled because attributions of one article share its writer, topic and annotator.
 *
 * <p>A fixed seed makes the interval the same on every run over the same scores.
 */
public final class ArticleBootstrap {
    /** Draws used unless the caller asks otherwise (the usual count for a 95% percentile interval). */
    public static final int DEFAULT_RESAMPLES = 1000;

    private static final long SEED = 20181; // any fixed value; this one is PolNeAR's year and a 1

    private ArticleBootstrap() {
    }

    /** A 95% interval of one F1 figure. */
    public record Interval(double low, double high) {
    }

    /** 95% intervals of the overlap F1 of each span role and of attribution F1. */
    @JsonPropertyOrder({"resamples", "source", "cue", "content", "attribution"})
    public record Intervals(int resamples, Interval source, Interval cue, Interval content, Interval attribution) {
    }

    /**
     * @param perArticle each article's scores
     * @param resamples  how many draws; must be at least 1
     * @return the intervals, or null when there are fewer than two articles (nothing to resample)
     */
    public static Intervals of(List<Scores> perArticle, int resamples) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        if (perArticle.size() < 2) {
            return null;
        }
        Scores[] draws = draw(perArticle, resamples);
        return new Intervals(resamples,
                interval(draws, s -> s.source().overlap().f1()),
                interval(draws, s -> s.cue().overlap().f1()),
                interval(draws, s -> s.content().overlap().f1()),
                interval(draws, s -> s.attribution().f1()));
    }

    private static Scores[] draw(List<Scores> perArticle, int resamples) {
        SplittableRandom random = new SplittableRandom(SEED);
        int n = perArticle.size();
        Scores[] draws = new Scores[resamples];
        for (int d = 0; d < resamples; d++) {
            Scores sum = Scores.ZERO;
            for (int i = 0; i < n; i++) {
                sum = sum.plus(perArticle.get(random.nextInt(n)));
            }
            draws[d] = sum;
        }
        return draws;
    }

    private static Interval interval(Scores[] draws, ToDoubleFunction<Scores> figure) {
        double[] values = Arrays.stream(draws).mapToDouble(figure).sorted().toArray();
        return new Interval(percentile(values, 0.025), percentile(values, 0.975));
    }

    // Nearest rank on the sorted draws: with 1,000 draws, the 25th and the 975th.
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
