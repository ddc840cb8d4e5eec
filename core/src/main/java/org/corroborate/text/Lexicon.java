package org.corroborate.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A word list from a resource file under {@code org/corroborate/lexicon/}: one entry a line, an optional
 * tab-separated value, {@code #} comments and blank lines ignored. Keys are lower-cased.
 */
public final class Lexicon {
    private final Map<String, String> entries;

    private Lexicon(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static Lexicon load(String name) {
        return LexiconResource.read(name, Lexicon::parse);
    }

    static Lexicon parse(BufferedReader reader) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int tab = trimmed.indexOf('\t');
            String key = (tab < 0 ? trimmed : trimmed.substring(0, tab)).strip().toLowerCase(Locale.ROOT);
            String value = tab < 0 ? "" : trimmed.substring(tab + 1).strip();
            map.putIfAbsent(key, value);
        }
        return new Lexicon(map);
    }

    public boolean contains(String key) {
        return entries.containsKey(key.toLowerCase(Locale.ROOT));
    }

    /** The value for a key, or null. */
    public String get(String key) {
        return entries.get(key.toLowerCase(Locale.ROOT));
    }

    public Set<String> keys() {
        return entries.keySet();
    }
}
