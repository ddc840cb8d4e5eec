package org.corroborate.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Term;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.PhraseMatcher;
import org.corroborate.nlp.Token;

/**
 * Loaded and contested words for actors and events, from {@code loaded-terms.tsv} and optionally a user's file of
 * the same format (its entries replace bundled ones with the same words). Terms match by lemma ("terrorists" is
 * "terrorist", "fell to" is "fall to"). Thread-safe once built.
 */
public final class LoadedTermFinder {
    /** A lexicon entry: the term and its "frame:connotation" category. */
    record Entry(String term, String category) {
    }

    private final PhraseMatcher<Entry> phrases = new PhraseMatcher<>();

    /** The bundled lexicon only. */
    public LoadedTermFinder() {
        addAll(TsvRows.resource("loaded-terms.tsv"), "loaded-terms.tsv");
    }

    /** The bundled lexicon plus a user's file. */
    public LoadedTermFinder(Path userFile) throws IOException {
        this();
        addAll(TsvRows.file(userFile), userFile.toString());
    }

    private void addAll(List<TsvRows.Row> rows, String origin) {
        for (TsvRows.Row row : rows) {
            String[] c = row.cells();
            if (c.length < 3 || c[0].isEmpty() || c[1].isEmpty() || c[2].isEmpty()) {
                throw new IllegalArgumentException(origin + " line " + row.line()
                        + ": expected term <TAB> frame <TAB> connotation [<TAB> tag prefix]");
            }
            String term = c[0].toLowerCase(java.util.Locale.ROOT);
            phrases.add(term, true, c.length > 3 ? c[3] : null, new Entry(term, c[1] + ":" + c[2]));
        }
    }

    List<Term> find(AnnotatedText at, StatementLocator statementLocator) {
        List<Term> terms = new ArrayList<>();
        List<Token> tokens = at.tokens();
        for (PhraseMatcher.Match<Entry> m : phrases.find(tokens)) {
            int start = tokens.get(m.first()).start();
            int end = tokens.get(m.last()).end();
            terms.add(new Term(at.text().substring(start, end), start, end, m.payload().term(),
                    m.payload().category(), statementLocator.contentHolding(start, end)));
        }
        return terms;
    }
}
