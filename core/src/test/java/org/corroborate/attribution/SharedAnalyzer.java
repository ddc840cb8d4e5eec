package org.corroborate.attribution;

import java.util.List;
import java.util.stream.Collectors;
import org.corroborate.Analyzer;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Statement;

/** One Analyzer (CoreNLP loads once) shared by every attribution test, plus small lookup helpers. */
final class SharedAnalyzer {
    private SharedAnalyzer() {
    }

    private static final class Holder {
        static final Analyzer INSTANCE = Analyzer.create();
    }

    static Analysis analyze(String text) {
        return Holder.INSTANCE.analyze(new Article("test", text));
    }

    /** The statements whose content contains the given words. */
    static List<Statement> containing(Analysis a, String words) {
        return a.statements().stream().filter(s -> s.content().text().contains(words)).toList();
    }

    /** The single statement whose content contains the given words; fails with a dump otherwise. */
    static Statement the(Analysis a, String words) {
        List<Statement> found = containing(a, words);
        if (found.size() != 1) {
            throw new AssertionError("expected one statement containing '" + words + "' but found "
                    + found.size() + " in:\n" + dump(a));
        }
        return found.get(0);
    }

    /** The single statement whose cue is the given words; fails with a dump otherwise. */
    static Statement withCue(Analysis a, String cue) {
        List<Statement> found = a.statements().stream()
                .filter(s -> s.cue() != null && s.cue().text().equals(cue)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one statement with the cue '" + cue + "' but found "
                    + found.size() + " in:\n" + dump(a));
        }
        return found.get(0);
    }

    static String dump(Analysis a) {
        return a.statements().stream().map(s -> "  " + s.kind() + " [" + s.content().text() + "] cue="
                        + (s.cue() == null ? "null" : s.cue().text() + "/" + s.cue().lemma())
                        + " source=" + s.source().name() + "/" + s.source().type()
                        + " desc=" + s.source().description() + " via=" + s.via() + " rule=" + s.rule())
                .collect(Collectors.joining("\n"));
    }
}
