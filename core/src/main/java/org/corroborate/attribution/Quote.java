package org.corroborate.attribution;

/**
 * Text between quotation marks. {@code start}/{@code end} include the marks; {@code innerStart}/{@code innerEnd}
 * exclude them. {@code closed} is false when the paragraph ended before a closing mark.
 */
public record Quote(int start, int end, int innerStart, int innerEnd, boolean closed) {
    public int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = innerStart; i < innerEnd; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
