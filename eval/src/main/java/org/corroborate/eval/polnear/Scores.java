package org.corroborate.eval.polnear;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** PolNeAR scores of one article or, summed with {@link #plus}, micro-averaged over many. */
@JsonPropertyOrder({"source", "cue", "content", "attribution"})
public record Scores(SpanScores source, SpanScores cue, SpanScores content, Prf attribution) {
    public static final Scores ZERO = new Scores(SpanScores.ZERO, SpanScores.ZERO, SpanScores.ZERO, Prf.ZERO);

    /** One span role scored both ways. */
    public record SpanScores(Prf exact, Prf overlap) {
        public static final SpanScores ZERO = new SpanScores(Prf.ZERO, Prf.ZERO);

        public SpanScores plus(SpanScores other) {
            return new SpanScores(exact.plus(other.exact), overlap.plus(other.overlap));
        }
    }

    public Scores plus(Scores other) {
        return new Scores(source.plus(other.source), cue.plus(other.cue), content.plus(other.content),
                attribution.plus(other.attribution));
    }
}
