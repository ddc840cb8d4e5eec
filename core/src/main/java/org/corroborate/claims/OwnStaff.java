package org.corroborate.claims;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.text.Lexicon;
import org.corroborate.model.SourceMention;
import org.corroborate.model.Statement;
import org.corroborate.model.Via;

/**
 * The outlet an article comes from and its own staff, so the profile can show an outlet citing itself (the seed
 * cites "RT's Lizzie Phelan" and "RT's Ruptly video agency"). Without metadata the outlet is guessed: the known
 * outlet (media-outlets.txt) most often written as the owner of a person or unit ("RT's Murad Gazdiev") or as
 * the one being told ("told RT"), at least twice. Its staff are the names written after "OUTLET's".
 */
final class OwnStaff {
    private static final Pattern POSSESSIVE =
            Pattern.compile("\\b(\\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*){0,3})['’]s ((?:\\p{Lu}[\\p{L}-]*\\s?){1,3})");
    private static final Pattern TOLD = Pattern.compile("\\btold (\\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*){0,3})");
    private static final Pattern OUR_STAFF =
            Pattern.compile("\\bour (?:own )?(?:correspondent|reporter|journalist|crew|team|reporters|journalists)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final int MIN_EVIDENCE = 2;

    private final Lexicon outlets = Lexicon.load("media-outlets.txt");

    /** The outlet and its staff names in one article. */
    record Staff(String outlet, Set<String> names) {
        boolean isEmpty() {
            return outlet == null;
        }
    }

    /** {@code outlet} as given by metadata, or null to guess it from the text. */
    Staff of(String text, String outlet) {
        String chosen = outlet != null ? outlet : guessOutlet(text);
        if (chosen == null) {
            return new Staff(null, Set.of());
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = POSSESSIVE.matcher(text);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(chosen)) {
                names.add(m.group(2).strip());
            }
        }
        return new Staff(chosen, names);
    }

    private String guessOutlet(String text) {
        Map<String, Integer> evidence = new LinkedHashMap<>();
        for (Pattern p : List.of(POSSESSIVE, TOLD)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (outlets.contains(m.group(1))) {
                    evidence.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestCount = MIN_EVIDENCE - 1;
        boolean tie = false;
        for (var e : evidence.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The outlet or staff member the statement rests on, directly or through its chain (the source's name when it
     * is the source, the link's name when it came through one), or null when it rests on neither.
     */
    static String citedStaff(Staff staff, Statement s) {
        SourceMention m = s.source();
        if (m != null && m.text() != null && OUR_STAFF.matcher(m.text()).find()) {
            return m.name();
        }
        if (staff.isEmpty()) {
            return null;
        }
        if (m != null) {
            for (String words : new String[] {m.name(), m.text(), m.description()}) {
                if (words != null && mentions(words, staff)) {
                    return m.name();
                }
            }
        }
        for (Via v : s.via()) {
            if (v.name() != null && mentions(v.name(), staff)) {
                return v.name();
            }
        }
        return null;
    }

    private static boolean mentions(String words, Staff staff) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.equals(staff.outlet().toLowerCase(Locale.ROOT))
                || lower.contains(staff.outlet().toLowerCase(Locale.ROOT) + "'s")
                || lower.contains(staff.outlet().toLowerCase(Locale.ROOT) + "’s")) {
            return true;
        }
        for (String name : staff.names()) {
            if (lower.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
