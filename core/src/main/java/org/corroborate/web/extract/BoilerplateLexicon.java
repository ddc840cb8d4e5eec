package org.corroborate.web.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.text.Lexicon;

/**
 * The word lists that say what is page furniture: class/id words of boilerplate blocks, class/id words of
 * content blocks, and whole paragraphs that are furniture ("Advertisement"). Loaded once from
 * {@code org/corroborate/lexicon/boilerplate-*.txt} (read as {@link Lexicon}s); immutable and thread-safe.
 */
final class BoilerplateLexicon {
    private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");
    static final BoilerplateLexicon DEFAULT = new BoilerplateLexicon(
            Words.load("boilerplate-classes.txt"),
            Words.load("boilerplate-content-classes.txt"),
            Set.copyOf(lines("boilerplate-phrases.txt")));

    private final Words boilerplate;
    private final Words content;
    private final Set<String> phrases;

    BoilerplateLexicon(Words boilerplate, Words content, Set<String> phrases) {
        this.boilerplate = boilerplate;
        this.content = content;
        this.phrases = phrases;
    }

    /** Whether the lower-cased "class id role" string names a boilerplate block. */
    boolean boilerplate(String attributes) {
        return boilerplate.matches(attributes);
    }

    /** Whether the lower-cased "class id" string names a content block. */
    boolean content(String attributes) {
        return content.matches(attributes);
    }

    /** Whether a whole paragraph is furniture, such as "Advertisement" or "Share this article". */
    boolean furniturePhrase(String paragraph) {
        if (paragraph.length() > 60) {
            return false;
        }
        String p = paragraph.toLowerCase(Locale.ROOT).strip();
        int end = p.length();
        while (end > 0 && !Character.isLetterOrDigit(p.charAt(end - 1))) {
            end--;
        }
        return phrases.contains(p.substring(0, end));
    }

    /** A word list: substrings, and whole words (entries starting with '='). */
    record Words(List<String> substrings, Set<String> wholeWords) {
        static Words load(String resource) {
            List<String> substrings = new ArrayList<>();
            Set<String> whole = new HashSet<>();
            for (String line : lines(resource)) {
                if (line.startsWith("=")) {
                    whole.add(line.substring(1));
                } else {
                    substrings.add(line);
                }
            }
            return new Words(List.copyOf(substrings), Set.copyOf(whole));
        }

        boolean matches(String attributes) {
            if (attributes.isEmpty()) {
                return false;
            }
            for (String s : substrings) {
                if (attributes.contains(s)) {
                    return true;
                }
            }
            if (!wholeWords.isEmpty()) {
                for (String word : WORD_BREAK.split(attributes)) {
                    if (wholeWords.contains(word)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The entries of a lexicon file, lower-cased, comments and blank lines dropped. */
    static Set<String> lines(String resource) {
        return Lexicon.load(resource).keys();
    }
}
