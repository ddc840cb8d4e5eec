package org.corroborate.eval.polnear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A span of text made of one or more fragments {@code [start, end)} (brat allows discontinuous spans such as
 * {@code 10 20;25 40}). Offsets are Java {@code String} indexes into the article text.
 */
public record Region(List<Fragment> fragments) {

    /** One contiguous piece {@code [start, end)}. */
    public record Fragment(int start, int end) {
        public Fragment {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad fragment [" + start + ", " + end + ")");
            }
        }

        public int length() {
            return end - start;
        }

        int overlap(Fragment other) {
            return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
        }
    }

    public Region {
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("a region needs at least one fragment");
        }
        // Sorted, so that equal regions compare equal whatever order the annotation listed them in.
        List<Fragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingInt(Fragment::start).thenComparingInt(Fragment::end));
        fragments = List.copyOf(sorted);
    }

    public static Region of(int start, int end) {
        return new Region(List.of(new Fragment(start, end)));
    }

    /** Start of the first fragment. */
    public int start() {
        return fragments.get(0).start();
    }

    /** The largest fragment end (the outer bounds are used for exact matching). */
    public int end() {
        return fragments.stream().mapToInt(Fragment::end).max().orElseThrow();
    }

    /** Characters covered, fragments summed. */
    public int length() {
        return fragments.stream().mapToInt(Fragment::length).sum();
    }

    /** Characters shared with {@code other}, summed over fragment pairs (fragments of one region do not overlap). */
    public int overlap(Region other) {
        int total = 0;
        for (Fragment a : fragments) {
            for (Fragment b : other.fragments) {
                total += a.overlap(b);
            }
        }
        return total;
    }

    /** The fragments' text joined by a space, as brat writes its text column. */
    public String text(String article) {
        StringBuilder sb = new StringBuilder();
        for (Fragment f : fragments) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(article, f.start(), f.end());
        }
        return sb.toString();
    }
}
