package org.corroborate.eval.polnear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the attribution relations of one PolNeAR brat standoff file.
 * <p>
 * Text-bound lines ({@code T1\tSource 89 106\tThe New York Post}, fragments separated by {@code ;}) give spans;
 * event lines ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}, or {@code Attribution-no-source:T9 ...})
 * tie them into attributions. Everything else ({@code Discard}, {@code Discuss}, {@code #} notes, and the stray
 * lines left when an annotated text contained a line break) is ignored.
 * <p>
 * brat counts offsets in Unicode code points; Java strings index UTF-16 units. They differ only after a character
 * outside the Basic Multilingual Plane (none in PolNeAR v1.0), but the reader converts anyway.
 */
public final class BratReader {
    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t");
    private static final Pattern EVENT = Pattern.compile("^(E\\d+)\\t(\\S.*)$");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

    private BratReader() {
    }

    /**
     * One text-bound annotation line.
     *
     * @param type       Source, Cue, Content, Attribution, Discard, ...
     * @param fragments  in the order the line lists them (not always text order)
     * @param annotated  the line's text column: the fragments' text joined by a space in that order, cut short where
     *                   the annotated text held a line break
     */
    public record TextBound(String id, String type, List<Region.Fragment> fragments, String annotated) {
        public TextBound {
            fragments = List.copyOf(fragments);
        }

        public Region region() {
            return new Region(fragments);
        }
    }

    /** The attributions of {@code ann}, an annotation file's content, with offsets into {@code text}. */
    public static List<GoldAttribution> read(String ann, String text) {
        Map<String, TextBound> spans = textBounds(ann, text);
        List<GoldAttribution> attributions = new ArrayList<>();
        for (String line : ann.split("\\R")) {
            Matcher e = EVENT.matcher(line.stripTrailing());
            if (!e.matches()) {
                continue;
            }
            GoldAttribution a = attribution(e.group(1), e.group(2).split("\\s+"), spans);
            if (a != null) {
                attributions.add(a);
            }
        }
        return attributions;
    }

    /** Every text-bound line of {@code ann} by id, in file order, with offsets into {@code text}. */
    public static Map<String, TextBound> textBounds(String ann, String text) {
        Offsets offsets = new Offsets(text);
        Map<String, TextBound> spans = new LinkedHashMap<>();
        for (String line : ann.split("\\R")) {
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.find()) {
                spans.put(t.group(1), new TextBound(t.group(1), t.group(2), fragments(t.group(3), offsets),
                        line.substring(t.end())));
            }
        }
        return spans;
    }

    // arguments: the trigger ("Attribution:T4"), then roles ("Content:T3", "Content2:T7", ...); null if no attribution.
    private static GoldAttribution attribution(String id, String[] arguments, Map<String, TextBound> spans) {
        if (!arguments[0].startsWith("Attribution")) {
            return null;
        }
        // Numbered roles (Content2) add fragments to their role: a content told in two places is one content.
        Map<String, List<Region.Fragment>> roles = new LinkedHashMap<>();
        for (int i = 1; i < arguments.length; i++) {
            int colon = arguments[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String role = TRAILING_DIGITS.matcher(arguments[i].substring(0, colon)).replaceAll("");
            TextBound bound = spans.get(arguments[i].substring(colon + 1));
            if (bound == null) {
                throw new IllegalArgumentException("event " + id + " refers to a missing span: " + arguments[i]);
            }
            List<Region.Fragment> fragments = roles.computeIfAbsent(role, r -> new ArrayList<>());
            bound.region().fragments().stream().filter(f -> !fragments.contains(f)).forEach(fragments::add);
        }
        return new GoldAttribution(id, region(roles.get("Source")), region(roles.get("Cue")),
                region(roles.get("Content")));
    }

    private static Region region(List<Region.Fragment> fragments) {
        return fragments == null ? null : new Region(fragments);
    }

    private static List<Region.Fragment> fragments(String spec, Offsets offsets) {
        List<Region.Fragment> fragments = new ArrayList<>();
        for (String part : spec.split(";")) {
            String[] bounds = part.split(" ");
            fragments.add(new Region.Fragment(offsets.toChar(Integer.parseInt(bounds[0])),
                    offsets.toChar(Integer.parseInt(bounds[1]))));
        }
        return fragments;
    }

    /** Code point offset to UTF-16 index; the identity when the text has no supplementary characters. */
    private static final class Offsets {
        private final String text;
        private final int codePoints;
        private final boolean identity;

        Offsets(String text) {
            this.text = text;
            this.codePoints = text.codePointCount(0, text.length());
            this.identity = codePoints == text.length();
        }

        int toChar(int codePoint) {
            if (codePoint < 0 || codePoint > codePoints) {
                throw new IllegalArgumentException("offset " + codePoint + " outside a text of " + codePoints
                        + " code points");
            }
            return identity ? codePoint : text.offsetByCodePoints(0, codePoint);
        }
    }
}
