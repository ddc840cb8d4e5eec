package org.corroborate.attribution;

import java.util.List;

/**
 * Text between quotation marks. {@code start}/{@code end} include the marks; {@code innerStart}/{@code innerEnd}
 * exclude them. {@code closed} is false when the paragraph ended before a closing mark.
 */
public record Quote(int start, int end, int innerStart, int innerEnd, boolean closed) {
    public int wordCount(String text) {
        return Words.in(text, innerStart, innerEnd);
    }

    /** Whether [start, end) lies inside the marks of one of the quotes. */
    public static boolean anyHolds(List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) {
            if (q.innerStart() <= start && end <= q.innerEnd()) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
