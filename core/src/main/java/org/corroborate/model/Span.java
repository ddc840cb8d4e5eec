package org.corroborate.model;

/** A stretch of an article's text: {@code text} equals {@code article.substring(start, end)}. */
public record Span(String text, int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(String article, int start, int end) {
        return new Span(article.substring(start, end), start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
