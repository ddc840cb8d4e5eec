package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.text.Lexicon;

/**
 * Splits tokens where scraped text lost the space after a sentence: in "... Trump said.Clinton claimed ..." CoreNLP's
 * tokenizer keeps "said.Clinton" as one token (as it would a domain name), which hides the cue and runs two
 * sentences together. Such a token becomes "said", "." and "Clinton" before sentence splitting, with the offsets
 * of the original text. Only a lower-case word or number before the period and a capitalised word after it count,
 * so "U.S.Army", "Mr.Smith" and "e.g.This" are left alone, as are the abbreviations in {@code
 * glued-abbreviations.txt}.
 */
final class GluedSentenceEnds {
    private static final Pattern GLUED = Pattern.compile("([\\p{Ll}\\d]{2,})(\\.)(\\p{Lu}\\p{L}+)");
    private static final Lexicon ABBREVIATIONS = Lexicon.load("glued-abbreviations.txt");

    private GluedSentenceEnds() {
    }

    /**
     * Rewrites the document's token list in place, keeping the tokens that need no split as they are. Returns
     * whether it split any: the sentences the tokenizer made must then be made again.
     */
    static boolean split(Annotation doc) {
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) {
            return false;
        }
        List<CoreLabel> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            Matcher m = glued(t);
            if (m == null) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            out.add(piece(t, m.start(1), m.end(1), t.before(), ""));
            out.add(piece(t, m.start(2), m.end(2), "", ""));
            out.add(piece(t, m.start(3), m.end(3), "", t.after()));
        }
        if (out == null) {
            return false;
        }
        doc.set(CoreAnnotations.TokensAnnotation.class, out);
        return true;
    }

    private static Matcher glued(CoreLabel t) {
        String text = t.originalText();
        if (text == null || text.length() != t.endPosition() - t.beginPosition()) {
            return null; // a token the tokenizer rewrote: its characters no longer map one to one
        }
        Matcher m = GLUED.matcher(text);
        if (!m.matches() || ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return m;
    }

    private static CoreLabel piece(CoreLabel whole, int from, int to, String before, String after) {
        CoreLabel p = new CoreLabel(whole);
        String word = whole.originalText().substring(from, to);
        p.setWord(word);
        p.setValue(word);
        p.setOriginalText(word);
        p.setBeginPosition(whole.beginPosition() + from);
        p.setEndPosition(whole.beginPosition() + to);
        p.setBefore(before);
        p.setAfter(after);
        return p;
    }
}
