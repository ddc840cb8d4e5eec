package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Cue;
import org.corroborate.model.SourceMention;
import org.corroborate.model.SourceSummary;
import org.corroborate.model.SourceType;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;
import org.corroborate.model.StatementKind;
import org.corroborate.model.Via;
import org.junit.jupiter.api.Test;

class TextReportTest {
    private static final String TEXT = "The pier is closed, the Courier reported, citing an official. \"Stay away,\" she said. "
            + "\"It is unsafe.\"";

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return Span.of(TEXT, start, start + words.length());
    }

    private static Cue cue(String word, String lemma) {
        Span s = span(word);
        return new Cue(s.text(), s.start(), s.end(), lemma);
    }

    @Test
    void statementsReadAsSourceTypeCueContent() {
        Span official = span("an official");
        Span she = span("she");
        Statement chained = new Statement(StatementKind.INDIRECT, span("The pier is closed"), cue("citing", "cite"),
                new SourceMention(official.text(), official.start(), official.end(), "an official",
                        SourceType.ANONYMOUS, null),
                List.of(new Via("the Courier", SourceType.MEDIA)), "citing");
        Statement quote = new Statement(StatementKind.DIRECT, span("Stay away"), cue("said", "say"),
                new SourceMention("she", she.start(), she.end(), "Mia Berg", SourceType.PERSON, "harbour master"),
                List.of(), "quote");
        Statement more = new Statement(StatementKind.DIRECT, span("It is unsafe."), null,
                new SourceMention(null, -1, -1, "Mia Berg", SourceType.PERSON, "harbour master"), List.of(), "cont");
        Analysis analysis = Analysis.of(new Article("pier.txt", TEXT), List.of(chained, quote, more), List.of(
                new SourceSummary("Mia Berg", SourceType.PERSON, "harbour master", 2),
                new SourceSummary("an official", SourceType.ANONYMOUS, null, 1)));

        String report = TextReport.render(analysis);
        assertTrue(report.startsWith("== pier.txt ==\n3 statements from 2 sources\n"), report);
        assertTrue(report.contains(
                "  1. an official [anonymous] via the Courier - citing - The pier is closed\n"), report);
        assertTrue(report.contains("  2. Mia Berg (\"she\") [person] - said - “Stay away”\n"), report);
        assertTrue(report.contains("  3. Mia Berg [person] - (continued) - “It is unsafe.”\n"), report);
        assertTrue(report.contains("  Mia Berg     person              2  harbour master\n"), report);
    }

    @Test
    void longContentIsWrappedWhole() {
        String wrapped = TextReport.wrap("  1. ", "word ".repeat(60).strip());
        List<String> lines = wrapped.lines().toList();
        assertTrue(lines.size() > 1);
        lines.forEach(l -> assertTrue(l.length() <= TextReport.WIDTH, l));
        assertTrue(lines.get(1).startsWith("     word"));
        assertEquals(60, wrapped.split("word", -1).length - 1);
    }

    @Test
    void longSourceNamesAreShortenedSoColumnsStayAligned() {
        String longName = "an unnamed spokesman for the civil defense rescue service";
        String table = TextReport.sourceTable(List.of(
                new SourceSummary(longName, SourceType.ANONYMOUS, "spokesman", 1),
                new SourceSummary("Reuters", SourceType.MEDIA, null, 1)));
        List<String> lines = table.lines().toList();
        int typeColumn = lines.get(0).indexOf("TYPE");
        assertEquals(typeColumn, lines.get(1).indexOf("anonymous"), table);
        assertEquals(typeColumn, lines.get(2).indexOf("media"), table);
        assertTrue(lines.get(1).startsWith("  an unnamed spokesman for the civil defe…  "), table);
    }
}
