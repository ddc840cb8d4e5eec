package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.Token;
import org.corroborate.text.Lexicon;

/**
 * "In a CNN/ORC poll released Monday, 31% of Republicans said ...": a sentence opened by "In" and a phrase naming
 * a poll ({@code poll-nouns.txt}) reports that poll's finding. The poll is the source, "In" the cue and the rest
 * of the sentence the content. Read from the surface, so it works in sentences left unparsed.
 */
final class PollFindings {
    /** "In", then a phrase up to the comma that closes it. */
    private static final Pattern OPENING = Pattern.compile("(?U)^(In)\\s+([^,\\n]{1,120})(?=,)");
    /** Longest phrase read as a poll's name: "the latest Washington Post-ABC News poll, conducted in May". */
    private static final int MAX_PHRASE_WORDS = 12;
    private final Lexicon pollNouns = Lexicon.load("poll-nouns.txt");

    List<Candidate> find(AnnotatedText at) {
        List<Candidate> out = new ArrayList<>();
        String text = at.text();
        for (Sentence s : at.sentences()) {
            if (s.firstToken() >= s.endToken() || !at.token(s.firstToken()).word().equals("In")) {
                continue; // the cheap test first: most sentences open otherwise
            }
            Matcher m = OPENING.matcher(text).region(s.start(), s.end());
            int pollNoun = m.lookingAt() ? pollNoun(at, m.start(2), m.end(2)) : -1;
            if (pollNoun < 0) {
                continue;
            }
            int sourceEnd = m.end(2);
            int contentFirst = at.tokenAtOrAfter(m.end() + 1);
            int detailComma = closingDetail(at, contentFirst, s);
            if (detailComma >= 0) {
                sourceEnd = at.token(detailComma - 1).end();
                contentFirst = detailComma + 1;
            }
            if (contentFirst >= s.endToken()) {
                continue;
            }
            Candidate c = new Candidate();
            c.cueStart = m.start(1);
            c.cueEnd = m.end(1);
            c.cueLemma = "in";
            c.sourceStart = m.start(2);
            c.sourceEnd = sourceEnd;
            c.sourceHead = pollNoun;
            CandidateSpans.setContent(at, c, new int[]{contentFirst,
                    ParseWords.beforeFinalStop(at, contentFirst, s.endToken() - 1)});
            c.rule = "poll-finding";
            if (c.contentEnd > c.contentStart) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "In the latest poll, conducted in May, Clinton led": a participle phrase set off after the poll's name
     * belongs to it. The token of the comma that closes it, or -1.
     */
    private static int closingDetail(AnnotatedText at, int first, Sentence s) {
        if (first >= s.endToken() || !(at.token(first).pos().equals("VBN") || at.token(first).pos().equals("VBG"))) {
            return -1;
        }
        for (int k = first + 1; k < s.endToken() && k <= first + MAX_PHRASE_WORDS; k++) {
            if (at.token(k).word().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** The token of the phrase's poll noun, or -1 when the phrase names no poll or is too long for a name. */
    private int pollNoun(AnnotatedText at, int start, int end) {
        List<Token> words = at.tokensIn(start, end);
        if (words.size() > MAX_PHRASE_WORDS) {
            return -1;
        }
        for (Token w : words) {
            if (pollNouns.contains(w.word().toLowerCase(Locale.ROOT))) {
                return w.index();
            }
        }
        return -1;
    }
}
