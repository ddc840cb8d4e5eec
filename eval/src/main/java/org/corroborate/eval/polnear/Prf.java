package org.corroborate.eval.polnear;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Counts behind a precision / recall / F1 triple. Precision and recall have their own numerators because at the
 * attribution level several predictions may match one gold item (and the other way round).
 *
 * @param correct   predicted items that match gold
 * @param predicted all predicted items
 * @param found     gold items that were matched
 * @param gold      all gold items
 */
@JsonPropertyOrder({"precision", "recall", "f1", "correct", "predicted", "found", "gold"})
public record Prf(int correct, int predicted, int found, int gold) {
    public static final Prf ZERO = new Prf(0, 0, 0, 0);

    /** A one-to-one matching: {@code matched} items on each side. */
    public static Prf oneToOne(int matched, int predicted, int gold) {
        return new Prf(matched, predicted, matched, gold);
    }

    public Prf plus(Prf other) {
        return new Prf(correct + other.correct, predicted + other.predicted, found + other.found, gold + other.gold);
    }

    /** 0 when nothing was predicted. */
    @JsonProperty
    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** 0 when there is no gold. */
    @JsonProperty
    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
