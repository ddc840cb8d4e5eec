package org.corroborate.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMatchingTest {

    private static String trim(String text) {
        Region.Fragment f = SpanMatching.trimmed(text, Region.of(0, text.length()));
        return text.substring(f.start(), f.end());
    }

    @Test
    void trimsQuotesWhitespaceAndPunctuation() {
        assertEquals("We will win", trim(" \u201cWe will win,\u201d "));
        assertEquals("Nous gagnerons", trim("\u00ab Nous gagnerons \u00bb"));
        assertEquals("it is over", trim("\"it is over.\""));
        assertEquals("wir", trim("\u201ewir\u201c"));
        assertEquals("the senator", trim("(the senator)"));
        assertEquals("said", trim("said"));
        // Nothing but marks: keeps its bounds rather than vanish.
        assertEquals("\"\"", trim("\"\""));
    }

    @Test
    void matchesOneToOneLargestOverlapFirst() {
        // gold [0,10) and [20,30); predicted [8,22) touches both, [0,9) only the first.
        List<Region> gold = List.of(Region.of(0, 10), Region.of(20, 30));
        assertEquals(1, SpanMatching.overlapMatches(gold, List.of(Region.of(8, 22))));
        // Greedy takes [0,9)-[0,10) (9 chars) first, leaving [8,22) for [20,30).
        assertEquals(2, SpanMatching.overlapMatches(gold, List.of(Region.of(8, 22), Region.of(0, 9))));
        assertEquals(0, SpanMatching.overlapMatches(gold, List.of(Region.of(10, 20))));
    }
}
