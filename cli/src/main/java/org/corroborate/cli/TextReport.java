package org.corroborate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corroborate.model.Analysis;
import org.corroborate.model.ArticleMeta;
import org.corroborate.model.SourceMention;
import org.corroborate.model.SourceSummary;
import org.corroborate.model.Stance;
import org.corroborate.model.Statement;
import org.corroborate.model.StatementKind;
import org.corroborate.model.Via;

/**
 * The human-readable report of {@code analyze --format text}: a header, one entry per statement in the form
 * {@code source [type] via ... - cue - content}, then a table of sources. Content is shown whole, wrapped.
 */
final class TextReport {
    static final int WIDTH = 100;

    private TextReport() {
    }

    static String render(Analysis analysis) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(analysis.id()).append(" ==\n");
        ArticleMeta meta = analysis.article();
        if (meta.title() != null) {
            out.append(wrap("", oneLine(meta.title())));
        }
        List<String> about = new ArrayList<>();
        if (meta.outlet() != null) {
            about.add(oneLine(meta.outlet()));
        }
        if (!meta.authors().isEmpty()) {
            about.add("by " + String.join(", ", meta.authors()));
        }
        if (meta.published() != null) {
            about.add(meta.published());
        }
        if (meta.url() != null && !meta.url().equals(analysis.id())) {
            about.add(meta.url());
        }
        if (!about.isEmpty()) {
            out.append(wrap("", String.join(" | ", about)));
        }
        List<Statement> statements = analysis.statements();
        out.append(count(statements.size(), "statement")).append(" from ")
                .append(count(analysis.sources().size(), "source")).append('\n');
        int numberWidth = String.valueOf(statements.size()).length();
        for (int i = 0; i < statements.size(); i++) {
            String number = String.format(Locale.ROOT, "  %" + numberWidth + "d. ", i + 1);
            out.append(wrap(number, describe(statements.get(i))));
        }
        if (!analysis.sources().isEmpty()) {
            out.append('\n').append(sourceTable(analysis.sources()));
        }
        out.append(ClaimDetailsReport.render(analysis));
        return out.toString();
    }

    /** One statement on one (long) line: {@code Ana Ruiz ("she") [person] - said - “We will rebuild.”}. */
    static String describe(Statement s) {
        String cue = s.cue() == null ? "(continued)" : s.cue().text();
        // Only a stance worth noticing is shown: "claimed (distancing)", "denied (refuting)".
        if (s.cue() != null && s.stance() != null && s.stance() != Stance.NEUTRAL) {
            cue += " (" + s.stance().json() + ")";
        }
        return source(s.source()) + via(s.via()) + " - " + cue + " - " + content(s);
    }

    private static String source(SourceMention m) {
        String name = blank(m.name()) ? m.text() : m.name();
        String shown = blank(name) ? "(unknown)" : name;
        // Say which words the source was resolved from when they do not already show it: "she", "the chief".
        if (!blank(m.text()) && !blank(m.name()) && !overlapping(m.text(), m.name())) {
            shown += " (\"" + oneLine(m.text()) + "\")";
        }
        return shown + " [" + (m.type() == null ? "unknown" : m.type().json()) + "]";
    }

    private static boolean overlapping(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    private static String via(List<Via> via) {
        return via.stream().map(v -> " via " + v.name()).collect(Collectors.joining());
    }

    private static String content(Statement s) {
        String text = oneLine(s.content().text());
        boolean quoted = !text.isEmpty() && "\"“'‘«".indexOf(text.charAt(0)) >= 0;
        return s.kind() == StatementKind.DIRECT && !quoted ? "“" + text + "”" : text;
    }

    private static final int MAX_NAME_WIDTH = 40;

    static String sourceTable(List<SourceSummary> sources) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SOURCE", "TYPE", "STATEMENTS", "DESCRIPTION"});
        for (SourceSummary s : sources) {
            rows.add(new String[] {oneLine(s.name()), s.type() == null ? "unknown" : s.type().json(),
                    String.valueOf(s.statements()), s.description() == null ? "" : oneLine(s.description())});
        }
        int nameWidth = Math.min(MAX_NAME_WIDTH, rows.stream().mapToInt(r -> r[0].length()).max().orElse(0));
        int typeWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            // A longer name is shortened so the columns stay aligned; the statement list above shows it whole.
            if (r[0].length() > nameWidth) {
                r[0] = r[0].substring(0, nameWidth - 1).stripTrailing() + "…";
            }
            String line = String.format(Locale.ROOT, "  %-" + nameWidth + "s  %-" + typeWidth + "s  %10s  %s",
                    (Object[]) r);
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** Word-wraps {@code text} after {@code prefix}, continuation lines indented under the text. */
    static String wrap(String prefix, String text) {
        String indent = " ".repeat(prefix.length());
        StringBuilder out = new StringBuilder(prefix);
        int column = prefix.length();
        boolean lineStart = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!lineStart && column + 1 + word.length() > WIDTH) {
                out.append('\n').append(indent);
                column = indent.length();
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineStart = false;
        }
        return out.append('\n').toString();
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
