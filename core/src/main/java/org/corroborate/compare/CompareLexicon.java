package org.corroborate.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.text.Lexicon;

/**
 * The word lists {@code compare} runs on, read once from {@code org/corroborate/lexicon/}: stop words, negations,
 * unit families and the qualifiers that make a number an estimate. Immutable, so shared across threads.
 */
final class CompareLexicon {
    private final Set<String> stopWords;
    private final Set<String> negations;
    /** Singular unit → the general words that cover it ("protester" → {"people"}). */
    private final Map<String, Set<String>> broader;
    private final Set<String> approxQualifiers;

    private CompareLexicon(Set<String> stopWords, Set<String> negations, Map<String, Set<String>> broader,
                           Set<String> approxQualifiers) {
        this.stopWords = Set.copyOf(stopWords);
        this.negations = Set.copyOf(negations);
        this.broader = Map.copyOf(broader);
        this.approxQualifiers = Set.copyOf(approxQualifiers);
    }

    private static final class Holder {
        static final CompareLexicon BUNDLED = load();
    }

    static CompareLexicon bundled() {
        return Holder.BUNDLED;
    }

    private static CompareLexicon load() {
        Set<String> stop = Lexicon.load("compare-stopwords.txt").keys();
        Set<String> neg = Lexicon.load("compare-negations.txt").keys();
        Map<String, Set<String>> broader = new HashMap<>();
        Lexicon units = Lexicon.load("compare-units.tsv");
        for (String general : units.keys()) {
            String narrower = units.get(general);
            if (narrower.isEmpty()) {
                throw new IllegalStateException("compare-units.tsv: expected two cells for: " + general);
            }
            for (String narrow : narrower.split(",")) {
                broader.computeIfAbsent(Words.singular(narrow.strip()), k -> new HashSet<>())
                        .add(Words.singular(general));
            }
        }
        Set<String> approx = new HashSet<>();
        // Same file QuantityFinder reads: the phrases whose bound is "approx" ("about", "around", "some").
        Lexicon qualifiers = Lexicon.load("quantity-qualifiers.tsv");
        for (String q : qualifiers.keys()) {
            if (qualifiers.get(q).equals("approx")) {
                approx.add(q);
            }
        }
        return new CompareLexicon(stop, neg, broader, approx);
    }

    boolean isStopWord(String lower) {
        return stopWords.contains(lower);
    }

    /** The negation a lower-cased word is, or null: "not", "never", "n't" for "didn't". */
    String negation(String lower) {
        if (negations.contains(lower)) {
            return lower;
        }
        return lower.endsWith("n't") || lower.endsWith("n’t") ? "n't" : null;
    }

    boolean isApprox(String qualifier) {
        return qualifier != null && approxQualifiers.contains(qualifier.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether two units count the same thing: equal after plural folding, or one the general word for the other
     * ("people" and "protesters"). Siblings ("workers", "residents") do not match: they are different groups.
     */
    boolean unitsMatch(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = unitHead(a);
        String y = unitHead(b);
        return x.equals(y) || broader.getOrDefault(x, Set.of()).contains(y)
                || broader.getOrDefault(y, Set.of()).contains(x);
    }

    /** The last word of a unit, singular: "square kilometers" → "kilometer", "people" → "people". */
    static String unitHead(String unit) {
        String[] parts = unit.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return Words.singular(parts[parts.length - 1]);
    }
}
