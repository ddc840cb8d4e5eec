package org.corroborate.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.corroborate.model.Analysis;
import org.corroborate.model.Cue;
import org.corroborate.model.SourceMention;
import org.corroborate.model.SourceType;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;
import org.corroborate.model.StatementKind;
import org.junit.jupiter.api.Test;

class ErrorListingTest {

    private static Statement statement(String text, String content, String source, String cue) {
        int c = text.indexOf(content);
        int s = text.indexOf(source);
        int q = text.indexOf(cue);
        return new Statement(StatementKind.INDIRECT, Span.of(text, c, c + content.length()),
                new Cue(cue, q, q + cue.length(), cue), new SourceMention(source, s, s + source.length(), source,
                        SourceType.COLLECTIVE, ""), List.of(), "verb-complement");
    }

    @Test
    void listsMissedGoldCuesAndSpuriousPredictions() {
        GoldArticle gold = PolnearCorpus.read(PolnearCorpusFixtureTest.fixture(), "dev").get(0);
        String text = gold.text();
        Statement found = statement(text, "The city council voted on Monday to build a new bridge", "officials",
                "said");
        Statement spurious = statement(text, "build a new bridge", "The city council", "voted");
        Statement wrongSource = statement(text, "It is overdue.", "reporters", "told");
        String listing = ErrorListing.of(gold, Analysis.of(gold.article(), List.of(found, spurious, wrongSource),
                List.of()), (start, end) -> "reason for " + text.substring(start, end));
        List<String> lines = Arrays.asList(listing.split("\n"));

        // Three of aaaa's five cues are missed; "said" and "told" are matched, "voted" matches nothing.
        assertEquals(3, lines.stream().filter(l -> l.contains("\tMISSED\t")).count());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\tSOURCE-WRONG\ttold\tgold=Mayor Ana Lopez\t"
                + "predicted=reporters\t")), listing);
        assertEquals(0, lines.stream().filter(l -> l.contains("\tCONTENT-")).count(), listing);
        String missed = lines.stream().filter(l -> l.contains("\tMISSED\tis expected\tsource=-\t")).findFirst()
                .orElseThrow();
        assertTrue(missed.endsWith("\twhy=reason for is expected"), missed);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\tMATCHED\tsaid\tsource=officials\t")));
        String wrong = lines.stream().filter(l -> l.contains("\tSPURIOUS\t")).findFirst().orElseThrow();
        assertTrue(wrong.startsWith(gold.id() + "\tSPURIOUS\tvoted\tsource=The city council\t"), wrong);
        assertTrue(wrong.contains("The city council [[voted]] on Monday"), wrong);
        assertTrue(wrong.endsWith("\trule=verb-complement\ttype=COLLECTIVE\tkind=INDIRECT"), wrong);
    }
}
