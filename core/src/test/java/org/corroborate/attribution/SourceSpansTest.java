package org.corroborate.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSpansTest {
    private static Candidate withSource(int start, int end) {
        Candidate c = new Candidate();
        c.sourceStart = start;
        c.sourceEnd = end;
        return c;
    }

    @Test
    void aSpanHeldWholeByAnySourceIsInside() {
        // A long source starting early still holds a span after a shorter one that starts later.
        SourceSpans spans = new SourceSpans(List.of(withSource(10, 90), withSource(20, 30), new Candidate()));
        assertTrue(spans.contain(40, 50));
        assertTrue(spans.contain(20, 30));
        assertTrue(spans.contain(10, 90));
        assertFalse(spans.contain(85, 95), "reaches past every source");
        assertFalse(spans.contain(5, 15), "starts before every source");
        assertFalse(spans.contain(-1, -1), "no cue");
    }

    @Test
    void noSourcesHoldNothing() {
        assertFalse(new SourceSpans(List.of(new Candidate())).contain(0, 1));
    }
}
