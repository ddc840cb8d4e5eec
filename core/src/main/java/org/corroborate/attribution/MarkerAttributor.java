package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.text.Lexicon;
import org.corroborate.text.Words;

/**
 * Attributions marked by punctuation rather than a verb, read from the surface (no parse needed):
 * <ul>
 *   <li>an epigraph dash after a quote: {@code "We will rebuild." ― Ana Ruiz};</li>
 *   <li>a speaker label opening a paragraph, perhaps after a quotation mark: {@code Ruiz: We will rebuild.}
 *       (headlines, transcripts), unless the label is one of the page words in {@code colon-labels.txt}
 *       ("Photo:", "Read more:").</li>
 * </ul>
 */
final class MarkerAttributor {
    /** Up to six words, each capitalised or a short joiner, then a colon and the rest of the line. */
    private static final Pattern LABEL = Pattern.compile(
            "(?mU)^[\"“]?(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’\\-]*|of|the|de|van|von|al|and)){0,5})(:)\\s+(\\S[^\\n]*)$");
    /** A dash and a name: capitalised words up to the line end, a comma or a bracket. */
    private static final Pattern DASH_NAME = Pattern.compile(
            "(?U)\\G\\s*([―—–])\\s*(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,4})");
    private static final int MIN_CONTENT_WORDS = 3;
    private final Lexicon labels = Lexicon.load("colon-labels.txt");

    List<Candidate> find(String text, List<Quote> quotes) {
        List<Candidate> out = new ArrayList<>();
        for (Quote q : quotes) {
            Matcher m = DASH_NAME.matcher(text);
            if (q.closed() && m.find(q.end()) && m.start() == q.end()) {
                out.add(candidate(m.start(1), m.end(1), m.start(2), m.end(2), q.innerStart(), q.innerEnd(), "dash"));
            }
        }
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            String label = m.group(1);
            if (labels.contains(label) || Words.in(text, m.start(3), m.end(3)) < MIN_CONTENT_WORDS) {
                continue;
            }
            int contentEnd = m.end(3);
            while (contentEnd > m.start(3) && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            out.add(candidate(m.start(2), m.end(2), m.start(1), m.end(1), m.start(3), contentEnd, "speaker-label"));
        }
        return out;
    }

    private static Candidate candidate(int cueStart, int cueEnd, int sourceStart, int sourceEnd,
                                       int contentStart, int contentEnd, String rule) {
        Candidate c = new Candidate();
        c.cueStart = cueStart;
        c.cueEnd = cueEnd;
        c.cueLemma = rule.equals("dash") ? "―" : ":";
        c.sourceStart = sourceStart;
        c.sourceEnd = sourceEnd;
        c.contentStart = contentStart;
        c.contentEnd = contentEnd;
        c.rule = rule;
        return c;
    }
}
