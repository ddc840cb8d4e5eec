package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages: straight ("), curly (“ ”, and ” ” where a paragraph opens with the wrong mark),
 * low-9 (&bdquo;), guillemets (« » and » «), and the two-character typewriter forms: doubled apostrophes ('' ... '', as in many newspaper archives) and TeX/Penn
 * Treebank style (`` ... ''). Single quotes are left alone here: in news they mark scare quotes and headlines far
 * more often than speech, and apostrophes make them ambiguous.
 *
 * <p>Paragraph rules follow newspaper convention: a quote left open at the end of a paragraph continues when the
 * next paragraph opens with a quotation mark (a multi-paragraph quote); otherwise it ends with its paragraph.
 */
public final class QuoteFinder {

    public List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int openAt = -1;
        int openWidth = 0;
        String expectedClose = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (openAt >= 0 && isParagraphBreak(text, i)) {
                int paragraphEnd = trimEnd(text, openAt + openWidth, i);
                int next = skipBlank(text, i);
                if (next < n && openingWidth(text, next) > 0) {
                    // Multi-paragraph quote: the next paragraph re-opens the same quote; keep it open.
                    i = next + openingWidth(text, next);
                    continue;
                }
                quotes.add(new Quote(openAt, paragraphEnd, openAt + openWidth, paragraphEnd, false));
                openAt = -1;
                i = next;
                continue;
            }
            if (openAt < 0) {
                int width = openingWidth(text, i);
                if (width > 0) {
                    openAt = i;
                    openWidth = width;
                    expectedClose = closerFor(text.substring(i, i + width));
                    i += width;
                    continue;
                }
            } else {
                int width = closingWidth(text, i, expectedClose);
                if (width > 0) {
                    quotes.add(new Quote(openAt, i + width, openAt + openWidth, i, true));
                    openAt = -1;
                    i += width;
                    continue;
                }
            }
            i++;
        }
        if (openAt >= 0) {
            int end = trimEnd(text, openAt + openWidth, n);
            quotes.add(new Quote(openAt, end, openAt + openWidth, end, false));
        }
        return quotes;
    }

    /** Length of the opening mark at {@code i}, or 0 when none opens there. */
    private static int openingWidth(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '“', '„', '«':
                return 1;
            case '”':
                // A closing mark typed as the opener ("”Fear. I am afraid ...”): only at a paragraph's start,
                // before a word, where it cannot close anything.
                return atLineStart(text, i) && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                        ? 1 : 0;
            case '»':
                // German-style »...«: opening when followed by a letter.
                return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)) ? 1 : 0;
            case '"':
                // A straight mark opens when it is not glued to the end of a word.
                return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1)) && Character.isWhitespace(text.charAt(i - 1))
                        ? 1 : 0;
            case '`':
                return text.startsWith("``", i) ? 2 : 0;
            case '\'':
                // Doubled apostrophes open only before a word and not after one: '' is never a possessive.
                return text.startsWith("''", i) && !text.startsWith("'''", i)
                        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && i + 2 < text.length() && !Character.isWhitespace(text.charAt(i + 2)) ? 2 : 0;
            default:
                return 0;
        }
    }

    private static int closingWidth(String text, int i, String expected) {
        if (text.startsWith(expected, i)) {
            return expected.length();
        }
        // Straight and curly double marks are mixed freely in the wild.
        char c = text.charAt(i);
        boolean curlyOrStraight = expected.equals("”") || expected.equals("\"");
        return curlyOrStraight && (c == '"' || c == '”') ? 1 : 0;
    }

    private static String closerFor(String open) {
        return switch (open) {
            case "“", "„", "”" -> "”";
            case "«" -> "»";
            case "»" -> "«";
            case "``", "''" -> "''";
            default -> "\"";
        };
    }

    private static boolean atLineStart(String text, int i) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    /** True at any newline: one paragraph a line is as common as blank lines between paragraphs. */
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
