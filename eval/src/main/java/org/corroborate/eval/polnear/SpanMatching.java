package org.corroborate.eval.polnear;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

/** The two span comparisons of the PolNeAR scorer: exact after trimming edges, and one-to-one character overlap. */
public final class SpanMatching {
    private SpanMatching() {
    }

    /**
     * The outer bounds of {@code region} with whitespace, quotation marks (straight, curly, low-9, guillemets,
     * backtick) and other punctuation removed from both edges. Annotators and systems disagree on whether the
     * closing quote or the final comma belongs to a span; that is not what exact matching should measure.
     * A span made only of such characters keeps its bounds.
     */
    public static Region.Fragment trimmed(String text, Region region) {
        int start = Math.min(Math.max(region.start(), 0), text.length());
        int end = Math.min(Math.max(region.end(), start), text.length());
        int s = start;
        int e = end;
        while (s < e && trimmable(text.charAt(s))) {
            s++;
        }
        while (e > s && trimmable(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new Region.Fragment(s, e) : new Region.Fragment(start, end);
    }

    static boolean trimmable(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '`' || c == '\u00B4') {
            return true;
        }
        return switch (Character.getType(c)) {
            // INITIAL/FINAL_QUOTE hold “ ” ‘ ’ « » ‹ ›; START holds „ ‚ and brackets; OTHER holds " ' , . ; : ! ?
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Pairs of equal trimmed bounds, one-to-one. */
    public static int exactMatches(String text, List<Region> gold, List<Region> predicted) {
        List<Region.Fragment> g = gold.stream().map(r -> trimmed(text, r)).toList();
        List<Region.Fragment> p = predicted.stream().map(r -> trimmed(text, r)).toList();
        return greedyOneToOne(g, p, (a, b) -> a.equals(b) ? 1 : 0);
    }

    /** Pairs sharing at least one character, one-to-one. */
    public static int overlapMatches(List<Region> gold, List<Region> predicted) {
        return greedyOneToOne(gold, predicted, Region::overlap);
    }

    /**
     * Size of a greedy one-to-one matching: candidate pairs with a positive score are taken best score first (ties:
     * lower gold index, then lower predicted index) when neither side has been used yet.
     */
    static <T> int greedyOneToOne(List<T> gold, List<T> predicted, ToIntBiFunction<T, T> score) {
        return greedyPairs(gold, predicted, score).size();
    }

    /** The pairs {gold index, predicted index} of the greedy one-to-one matching of {@link #greedyOneToOne}. */
    static <T> List<int[]> greedyPairs(List<T> gold, List<T> predicted, ToIntBiFunction<T, T> score) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < predicted.size(); j++) {
                int s = score.applyAsInt(gold.get(i), predicted.get(j));
                if (s > 0) {
                    pairs.add(new int[] {s, i, j});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
                : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        List<int[]> matched = new ArrayList<>();
        for (int[] pair : pairs) {
            if (!goldUsed[pair[1]] && !predictedUsed[pair[2]]) {
                goldUsed[pair[1]] = true;
                predictedUsed[pair[2]] = true;
                matched.add(new int[] {pair[1], pair[2]});
            }
        }
        return matched;
    }
}
