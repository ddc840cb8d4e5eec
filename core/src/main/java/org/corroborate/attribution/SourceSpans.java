package org.corroborate.attribution;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The source mentions of an article's statements, indexed so that "does this cue lie inside some statement's
 * source?" ('said Peter Morgan, a lawyer who has been challenging the industry') is a binary search, not a scan:
 * a long text holds tens of thousands of statements.
 */
final class SourceSpans {
    private final int[] starts;
    /** For each span in start order, the furthest end among it and all spans starting before it. */
    private final int[] furthestEnds;

    SourceSpans(List<Candidate> candidates) {
        int[][] spans = candidates.stream()
                .filter(Candidate::hasSource)
                .map(c -> new int[]{c.sourceStart, c.sourceEnd})
                .sorted(Comparator.comparingInt(s -> s[0]))
                .toArray(int[][]::new);
        starts = new int[spans.length];
        furthestEnds = new int[spans.length];
        int furthest = -1;
        for (int i = 0; i < spans.length; i++) {
            starts[i] = spans[i][0];
            furthest = Math.max(furthest, spans[i][1]);
            furthestEnds[i] = furthest;
        }
    }

    /** Whether some source span holds [start, end) whole. */
    boolean contain(int start, int end) {
        int i = Arrays.binarySearch(starts, start);
        if (i < 0) {
            i = -i - 2; // the last span starting before start
        } else {
            while (i + 1 < starts.length && starts[i + 1] == start) {
                i++;
            }
        }
        return i >= 0 && furthestEnds[i] >= end;
    }
}
