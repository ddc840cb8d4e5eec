package org.corroborate.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds lexicon phrases in a token sequence, longest match first, in one pass, never across a sentence break. A
 * phrase is matched either on the lower-cased words as written or on lemmas ("claim" finds "claimed"), and may
 * require a tag prefix.
 *
 * @param <T> what each phrase stands for (a category, a lexicon entry)
 */
public final class PhraseMatcher<T> {
    /** One phrase: its words (or lemmas), how to compare them, an optional tag prefix for one-word phrases. */
    private record Phrase<T>(String[] parts, boolean byLemma, String tagPrefix, T payload) {
    }

    /** A match: tokens [first, last] inclusive. */
    public record Match<T>(int first, int last, T payload) {
    }

    private final Map<String, List<Phrase<T>>> byFirstPart = new HashMap<>();

    /** Adds a phrase; a hyphenated one also as three tokens ("so - called"), as the tokenizer may split it. */
    public void add(String phrase, boolean byLemma, String tagPrefix, T payload) {
        String lower = phrase.toLowerCase(Locale.ROOT).strip();
        addParts(lower.split("\\s+"), byLemma, tagPrefix, payload);
        if (lower.matches(".*\\w-\\w.*")) {
            addParts(lower.replaceAll("(\\w)-(\\w)", "$1 - $2").split("\\s+"), byLemma, tagPrefix, payload);
        }
    }

    private void addParts(String[] parts, boolean byLemma, String tagPrefix, T payload) {
        Phrase<T> p = new Phrase<>(parts, byLemma, tagPrefix == null || tagPrefix.isBlank() ? null : tagPrefix,
                payload);
        List<Phrase<T>> list = byFirstPart.computeIfAbsent(parts[0], k -> new ArrayList<>());
        list.removeIf(old -> Arrays.equals(old.parts, parts) && old.byLemma == byLemma);
        list.add(p);
        // Longest first, so "could not be independently verified" beats "could".
        list.sort((a, b) -> b.parts.length - a.parts.length);
    }

    public List<Match<T>> find(List<Token> tokens) {
        // Lower-cased once per token, not once per candidate phrase.
        int n = tokens.size();
        String[] words = Token.lowerWords(tokens);
        String[] lemmas = Token.lowerLemmas(tokens);
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Match<T> m = longestAt(tokens, words, lemmas, i);
            if (m == null) {
                i++;
            } else {
                matches.add(m);
                i = m.last + 1;
            }
        }
        return matches;
    }

    private Match<T> longestAt(List<Token> tokens, String[] words, String[] lemmas, int i) {
        Match<T> best = longestFrom(byFirstPart.get(words[i]), tokens, words, lemmas, i, null);
        return lemmas[i].equals(words[i]) ? best
                : longestFrom(byFirstPart.get(lemmas[i]), tokens, words, lemmas, i, best);
    }

    private Match<T> longestFrom(List<Phrase<T>> candidates, List<Token> tokens, String[] words, String[] lemmas,
                                 int i, Match<T> best) {
        if (candidates == null) {
            return best;
        }
        for (Phrase<T> p : candidates) {
            if ((best == null || p.parts.length > best.last - best.first + 1)
                    && matchesAt(tokens, p.byLemma ? lemmas : words, i, p)) {
                best = new Match<>(i, i + p.parts.length - 1, p.payload);
            }
        }
        return best;
    }

    /** Whether {@code p} starts at token i, comparing its parts with {@code forms} (lower-cased words or lemmas). */
    private static boolean matchesAt(List<Token> tokens, String[] forms, int i, Phrase<?> p) {
        if (i + p.parts.length > forms.length) {
            return false;
        }
        for (int k = 0; k < p.parts.length; k++) {
            if (k > 0 && tokens.get(i + k).sentence() != tokens.get(i).sentence() || !forms[i + k].equals(p.parts[k])) {
                return false;
            }
        }
        return p.tagPrefix == null || tokens.get(i).pos().startsWith(p.tagPrefix);
    }
}
