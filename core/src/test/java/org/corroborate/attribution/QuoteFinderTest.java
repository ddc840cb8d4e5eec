package org.corroborate.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private static String inner(String text, Quote q) {
        return text.substring(q.innerStart(), q.innerEnd());
    }

    @Test
    void findsCurlyQuote() {
        String text = "“The bridge is closed,” said Mara Lind.";
        List<Quote> quotes = finder.find(text);
        assertEquals(1, quotes.size());
        assertEquals("The bridge is closed,", inner(text, quotes.get(0)));
        assertTrue(quotes.get(0).closed());
        assertEquals(0, quotes.get(0).start());
        assertEquals(text.indexOf('”') + 1, quotes.get(0).end());
    }

    @Test
    void closingMarkTypedAsTheOpenerAtAParagraphStartOpensAQuote() {
        String text = "Readers wrote in.\n\n”Fear. I am afraid the pier will close.” ― Ana Vik\n\nShe was “sure” of it.”";
        List<Quote> quotes = finder.find(text);
        assertEquals("Fear. I am afraid the pier will close.", inner(text, quotes.get(0)));
        assertTrue(quotes.get(0).closed());
        assertEquals("sure", inner(text, quotes.get(1)), "a closing mark mid-paragraph does not open");
        assertEquals(2, quotes.size());
    }

    @Test
    void findsStraightQuote() {
        String text = "Tomas Berg said: \"We will rebuild the harbour.\" Then he left.";
        List<Quote> quotes = finder.find(text);
        assertEquals(1, quotes.size());
        assertEquals("We will rebuild the harbour.", inner(text, quotes.get(0)));
        assertTrue(quotes.get(0).closed());
    }

    @Test
    void findsGuillemetQuote() {
        String text = "Elin Sova a déclaré : «Nous resterons ici» devant la mairie.";
        List<Quote> quotes = finder.find(text);
        assertEquals(1, quotes.size());
        assertEquals("Nous resterons ici", inner(text, quotes.get(0)));
        assertTrue(quotes.get(0).closed());
    }

    @Test
    void findsTwoQuotesOfASplitQuote() {
        String text = "\"The water is safe,\" she said, \"but boil it anyway.\"";
        List<Quote> quotes = finder.find(text);
        assertEquals(2, quotes.size());
        assertEquals("The water is safe,", inner(text, quotes.get(0)));
        assertEquals("but boil it anyway.", inner(text, quotes.get(1)));
    }

    @Test
    void quoteLeftOpenEndsWithItsParagraph() {
        String text = "Anna Velde said: \"The dam will hold this winter.\n\nThe council met on Tuesday.";
        List<Quote> quotes = finder.find(text);
        assertEquals(1, quotes.size());
        Quote q = quotes.get(0);
        assertFalse(q.closed());
        assertEquals("The dam will hold this winter.", inner(text, q));
        assertTrue(q.end() <= text.indexOf('\n'));
    }

    @Test
    void quoteOpenAtEndOfTextEndsThere() {
        String text = "He said: “The dam will hold  ";
        List<Quote> quotes = finder.find(text);
        assertEquals(1, quotes.size());
        assertFalse(quotes.get(0).closed());
        assertEquals("The dam will hold", inner(text, quotes.get(0)));
    }

    @Test
    void multiParagraphQuoteIsOneQuote() {
        String text = "“We lost the orchard in the flood.\n\n“Now we are starting again from nothing,” said Ivo Harn.";
        List<Quote> quotes = finder.find(text);
        assertEquals(1, quotes.size());
        Quote q = quotes.get(0);
        assertTrue(q.closed());
        assertEquals(0, q.start());
        assertTrue(inner(text, q).contains("orchard"));
        assertTrue(inner(text, q).contains("starting again"));
    }

    @Test
    void straightMultiParagraphQuoteIsOneQuote() {
        String text = "\"We lost the orchard.\n\"Now we start again,\" said Ivo Harn.";
        List<Quote> quotes = finder.find(text);
        assertEquals(1, quotes.size());
        assertTrue(inner(text, quotes.get(0)).contains("orchard"));
        assertTrue(inner(text, quotes.get(0)).contains("start again"));
    }

    @Test
    void apostrophesAreNotQuotes() {
        String text = "The mayor's office didn't say whether Oslen's ferry runs in the '90s style.";
        assertTrue(finder.find(text).isEmpty());
    }

    @Test
    void singleQuotesAreNotQuotes() {
        String text = "Residents call the plan 'a disaster' and the ‘green corridor’ a joke.";
        assertTrue(finder.find(text).isEmpty());
    }

    @Test
    void inchMarkAfterNumberDoesNotOpenAQuote() {
        String text = "The pipe is 12\" wide, engineers said. \"It will do,\" said Pia Rondo.";
        List<Quote> quotes = finder.find(text);
        assertEquals(1, quotes.size());
        assertEquals("It will do,", inner(text, quotes.get(0)));
    }

    @Test
    void findsDoubledApostropheQuotes() {
        String text = "''The ferry will run,'' she added. ''It's safe, and the students' bus too.''";
        List<Quote> quotes = finder.find(text);
        assertEquals(2, quotes.size());
        assertEquals("The ferry will run,", inner(text, quotes.get(0)));
        assertEquals("It's safe, and the students' bus too.", inner(text, quotes.get(1)));
        assertEquals(text.length(), quotes.get(1).end());
    }

    @Test
    void findsTreebankStyleQuote() {
        String text = "Ola Brenn said ``the pier is unsafe'' on Monday.";
        List<Quote> quotes = finder.find(text);
        assertEquals(1, quotes.size());
        assertEquals("the pier is unsafe", inner(text, quotes.get(0)));
    }
}
