package org.corroborate.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.text.Lexicon;

/**
 * The word lists of the quantity finder, loaded once from {@code org/corroborate/lexicon/}: number words,
 * qualifiers, vague amounts, units and context words. Immutable, so one instance serves every thread.
 */
final class QuantityLexicon {
    /** A number word: its value and kind (word, multiplier as "hundred", fraction as "thirds"). */
    record NumberWord(double value, String kind) {
        boolean plain() {
            return kind.equals("word");
        }

        boolean multiplier() {
            return kind.equals("multiplier");
        }

        boolean fraction() {
            return kind.equals("fraction");
        }
    }

    /** A vague amount's range. */
    record Range(double low, double high) {
    }

    /** A unit as written: how to report it, and whether it stands before the number (currency symbols). */
    record Unit(String name, String place) {
        boolean prefix() {
            return place.equals("prefix");
        }

        boolean measure() {
            return place.equals("measure");
        }
    }

    private static final class Holder {
        static final QuantityLexicon INSTANCE = new QuantityLexicon();
    }

    private final Map<String, NumberWord> numberWords = new HashMap<>();
    private final Map<String, String> qualifiers = new HashMap<>();
    private final Map<String, Range> vague = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Set<String> vagueStarts = new HashSet<>();
    private final Lexicon context = Lexicon.load("quantity-context.tsv");
    private final int longestQualifier;
    private final int longestVague;

    private QuantityLexicon() {
        Lexicon words = Lexicon.load("number-words.tsv");
        for (String w : words.keys()) {
            String[] f = words.get(w).split("\t");
            numberWords.put(w, new NumberWord(Double.parseDouble(f[0]), f[1].strip()));
        }
        Lexicon q = Lexicon.load("quantity-qualifiers.tsv");
        q.keys().forEach(k -> qualifiers.put(k, q.get(k)));
        Lexicon v = Lexicon.load("vague-amounts.tsv");
        for (String k : v.keys()) {
            String[] f = v.get(k).split("\t");
            vague.put(k, new Range(Double.parseDouble(f[0]), Double.parseDouble(f[1].strip())));
        }
        Lexicon u = Lexicon.load("units.tsv");
        for (String k : u.keys()) {
            String[] f = u.get(k).split("\t");
            units.put(k, new Unit(f[0], f[1].strip()));
        }
        longestQualifier = longest(qualifiers.keySet());
        longestVague = longest(vague.keySet());
        vague.keySet().forEach(k -> vagueStarts.add(k.split(" ")[0]));
    }

    static QuantityLexicon get() {
        return Holder.INSTANCE;
    }

    private static int longest(Iterable<String> phrases) {
        int max = 1;
        for (String p : phrases) {
            max = Math.max(max, p.split(" ").length);
        }
        return max;
    }

    NumberWord numberWord(String word) {
        return numberWords.get(word.toLowerCase(Locale.ROOT));
    }

    /** The bound a qualifier phrase sets: upper, lower, approx or exact; null when it is none. */
    String qualifier(String phrase) {
        return qualifiers.get(phrase);
    }

    Range vague(String phrase) {
        return vague.get(phrase);
    }

    /** Whether a vague phrase can start with this word: a cheap test before building phrases. */
    boolean startsVague(String word) {
        return vagueStarts.contains(word.toLowerCase(Locale.ROOT));
    }

    Unit unit(String written) {
        return units.get(written.toLowerCase(Locale.ROOT));
    }

    /** The context kind of a word (month, year-before, time-after, ago, label, age-before), or null. */
    String context(String word) {
        return context.get(word);
    }

    int longestQualifier() {
        return longestQualifier;
    }

    int longestVague() {
        return longestVague;
    }
}
