package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages: straight ("), curly (“ ”), low-9 (&bdquo;) and guillemets (« » and » «).
 * Single quotes are left alone here: in news they mark scare quotes and headlines far more often than speech,
 * and apostrophes make them ambiguous.
 *
 * <p>Paragraph rules follow newspaper convention: a quote left open at the end of a paragraph continues when the
 * next paragraph opens with a quotation mark (a multi-paragraph quote); otherwise it ends with its paragraph.
 */
public final class QuoteFinder {

    public List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int openAt = -1;
        char expectedClose = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (openAt >= 0 && isParagraphBreak(text, i)) {
                int paragraphEnd = trimEnd(text, openAt + 1, i);
                int next = skipBlank(text, i);
                if (next < n && isOpening(text, next)) {
                    // Multi-paragraph quote: the next paragraph re-opens the same quote; keep it open.
                    i = next + 1;
                    continue;
                }
                quotes.add(new Quote(openAt, paragraphEnd, openAt + 1, paragraphEnd, false));
                openAt = -1;
                i = next;
                continue;
            }
            if (openAt < 0) {
                if (isOpening(text, i)) {
                    openAt = i;
                    expectedClose = closerFor(c);
                }
            } else if (c == expectedClose || (expectedClose == '”' && c == '"') || (expectedClose == '"' && c == '”')) {
                quotes.add(new Quote(openAt, i + 1, openAt + 1, i, true));
                openAt = -1;
            }
            i++;
        }
        if (openAt >= 0) {
            int end = trimEnd(text, openAt + 1, n);
            quotes.add(new Quote(openAt, end, openAt + 1, end, false));
        }
        return quotes;
    }

    private static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '“', '„', '«':
                return true;
            case '»':
                // German-style »...«: opening when followed by a letter.
                return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            case '"':
                // A straight mark opens when it is not glued to the end of a word.
                return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1)) && Character.isWhitespace(text.charAt(i - 1));
            default:
                return false;
        }
    }

    private static char closerFor(char open) {
        return switch (open) {
            case '“', '„' -> '”';
            case '«' -> '»';
            case '»' -> '«';
            default -> '"';
        };
    }

    /** True at the first newline of a blank-line gap, or at any newline (one paragraph a line is common too). */
    private static boolean isParagraphBreak(String text, int i) {
        return text.charAt(i) == '\n';
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
