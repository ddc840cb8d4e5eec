package org.corroborate.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Statement;
import org.corroborate.model.StatementKind;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The stock pipeline on one short made-up article (loading the models takes about half a minute). */
class CoreNlpQuoteBaselineTest {

    @Test
    void turnsQuotesIntoDirectStatements() {
        String text = "Senator Jane Doe spoke in Springfield on Tuesday. \"We will not give up,\" she said.\n\n"
                + "The mayor, Tom Roe, disagreed: \"It is a good day for the city.\"";
        Analysis analysis = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> new CoreNlpQuoteBaseline().apply(new Article("made-up", text)));

        assertEquals(2, analysis.statements().size());
        Statement first = analysis.statements().get(0);
        assertEquals(StatementKind.DIRECT, first.kind());
        assertEquals("\"We will not give up,\"", first.content().text());
        assertNull(first.cue());
        assertEquals(CoreNlpQuoteBaseline.RULE, first.rule());
        // The quote attribution annotator links the first quote to "she" and resolves it to the senator.
        assertTrue(first.source().start() >= 0, "source: " + first.source());
        assertEquals(text.substring(first.source().start(), first.source().end()), first.source().text());
    }
}
