package org.corroborate.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corroborate.model.Statement;

/**
 * Which statement a stretch of text belongs to: the innermost one whose content (or cue, or source) holds it.
 * Statements are indexed by where their parts start, so that a lookup reads only the statements that start close
 * enough before the stretch to hold it: a long text has tens of thousands of statements and as many hedges and
 * numbers to place.
 */
final class StatementLocator {
    /** How far (characters) a source's modifiers may run between the mention and a following cue. */
    private static final int MAX_SOURCE_TO_CUE = 80;

    private final List<Statement> statements;
    private final StartIndex contents;
    private final StartIndex cuesAndSources;

    StatementLocator(List<Statement> statements) {
        this.statements = statements;
        StartIndex.Builder contents = new StartIndex.Builder();
        StartIndex.Builder parts = new StartIndex.Builder();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            contents.add(s.content().start(), s.content().end(), i);
            if (s.cue() != null) {
                parts.add(s.cue().start(), s.cue().end(), i);
            }
            if (s.source() != null && s.source().start() >= 0) {
                int reach = s.cue() != null ? Math.max(s.source().end(), s.cue().start()) : s.source().end();
                parts.add(s.source().start(), reach, i);
            }
        }
        this.contents = contents.build();
        this.cuesAndSources = parts.build();
    }

    /** Index of the smallest statement content holding [start, end), or null in the outlet's own voice. */
    Integer contentHolding(int start, int end) {
        Integer best = null;
        int bestLength = Integer.MAX_VALUE;
        for (int i : contents.startingNear(start)) {
            Statement s = statements.get(i);
            int length = s.content().length();
            if (s.content().start() <= start && end <= s.content().end()
                    && (length < bestLength || length == bestLength && i < best)) {
                best = i;
                bestLength = length;
            }
        }
        return best;
    }

    /**
     * Index of the statement whose cue or source mention holds [start, end) ("claimed", "a man who said he was a
     * worker"), else the one whose content does.
     */
    Integer anyPartHolding(int start, int end) {
        Integer first = null;
        for (int i : cuesAndSources.startingNear(start)) {
            if ((first == null || i < first) && partHolds(statements.get(i), start, end)) {
                first = i;
            }
        }
        return first != null ? first : contentHolding(start, end);
    }

    private static boolean partHolds(Statement s, int start, int end) {
        boolean inCue = s.cue() != null && s.cue().start() <= start && end <= s.cue().end();
        // The source phrase runs from the mention to the cue when the cue follows ("a man who said he was a
        // worker told ..."); a scare-quoted source ends past the mention, so the start decides.
        boolean inSource = s.source() != null && s.source().start() >= 0 && s.source().start() <= start
                && (start < s.source().end() || s.cue() != null && end <= s.cue().start()
                && s.cue().start() - s.source().end() < MAX_SOURCE_TO_CUE);
        return inCue || inSource;
    }

    /** Statement indices by the start of one of their spans, with the longest span's length. */
    private static final class StartIndex {
        private final int[] starts;
        private final int[] owners;
        private final int longest;

        private StartIndex(int[] starts, int[] owners, int longest) {
            this.starts = starts;
            this.owners = owners;
            this.longest = longest;
        }

        /** The owners of the spans that start within the longest span's length before (or at) {@code at}. */
        List<Integer> startingNear(int at) {
            int from = lowerBound(at - longest);
            List<Integer> out = new ArrayList<>();
            for (int k = from; k < starts.length && starts[k] <= at; k++) {
                out.add(owners[k]);
            }
            return out;
        }

        private int lowerBound(int value) {
            int i = Arrays.binarySearch(starts, value);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && starts[i - 1] == value) {
                i--;
            }
            return i;
        }

        static final class Builder {
            private final List<int[]> spans = new ArrayList<>();

            void add(int start, int end, int owner) {
                spans.add(new int[]{start, end, owner});
            }

            StartIndex build() {
                spans.sort((a, b) -> Integer.compare(a[0], b[0]));
                int[] starts = new int[spans.size()];
                int[] owners = new int[spans.size()];
                int longest = 0;
                for (int k = 0; k < spans.size(); k++) {
                    starts[k] = spans.get(k)[0];
                    owners[k] = spans.get(k)[2];
                    longest = Math.max(longest, spans.get(k)[1] - spans.get(k)[0]);
                }
                return new StartIndex(starts, owners, longest);
            }
        }
    }
}
