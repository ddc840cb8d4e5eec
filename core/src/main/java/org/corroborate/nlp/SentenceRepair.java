package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.text.Lexicon;

/**
 * Mends the sentence breaks CoreNLP's splitter gets wrong. It misses one after a time abbreviation: in
 * "woken shortly after 11 p.m. Witnesses described smoke" the period of "p.m." also ends the sentence, but the
 * tokenizer keeps it in the abbreviation. A break is added after "a.m." or "p.m." when the next word is
 * capitalised and is not one that commonly follows a time ("p.m. Monday", "p.m. Eastern", "p.m. ET";
 * {@code time-followers.txt}). It makes one after a quoted question or exclamation that the sentence goes on
 * from ('"Why not?" he asked.'); those are joined again. And it ends a sentence with the opening mark of the next
 * quote when that mark is two apostrophes; the mark is moved on.
 */
final class SentenceRepair {
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "\u201d", "''", "'", "\u2019");
    private static final Pattern TIME_ABBREVIATION = Pattern.compile("(?i)[ap]\\.m\\.");
    /** Capitalised words that may follow a time inside one sentence ({@code time-followers.txt}). */
    private static final Lexicon TIME_FOLLOWERS = Lexicon.load("time-followers.txt");

    private SentenceRepair() {
    }

    /** Rewrites the document's sentence list in place, numbering sentences and tokens again when it splits any. */
    static void splitAfterTimeAbbreviations(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        List<CoreMap> repaired = new ArrayList<>(sentences.size());
        boolean changed = false;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int from = 0;
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (endsSentence(tokens.get(i), tokens.get(i + 1))) {
                    repaired.add(piece(doc, tokens.subList(from, i + 1)));
                    from = i + 1;
                    changed = true;
                }
            }
            repaired.add(from == 0 ? sentence : piece(doc, tokens.subList(from, tokens.size())));
        }
        if (changed) {
            renumber(repaired);
            doc.set(CoreAnnotations.SentencesAnnotation.class, repaired);
        }
    }

    /**
     * Joins a sentence to the one before it when this one goes on in lower case in the same paragraph and that
     * one ends in a quoted question or exclamation, or in an abbreviation closing a parenthesis. In '"What a
     * night!" and said that ...' or '"Why not?" he asked.' the splitter ends the sentence at the mark, which
     * leaves "and said" or "he asked" cut off from the quote; in "Sen. Lindsey Graham (R-S.C.) told reporters"
     * it ends it after "(R-S.C.)", which leaves "told" without its speaker.
     */
    static void joinCutSentences(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> joined = new ArrayList<>(sentences.size());
        List<CoreLabel> pending = null;
        boolean changed = false;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (pending != null && goesOn(text, pending, tokens)) {
                pending.addAll(tokens);
                changed = true;
                continue;
            }
            if (pending != null) {
                joined.add(piece(doc, pending));
            }
            pending = new ArrayList<>(tokens);
        }
        if (pending != null) {
            joined.add(piece(doc, pending));
        }
        if (changed) {
            renumber(joined);
            doc.set(CoreAnnotations.SentencesAnnotation.class, joined);
        }
    }

    /**
     * Moves an opening quotation mark written as two apostrophes (or two backquotes) from the end of one sentence
     * to the start of the next. In "''Can we win?'' Mr. Brede asked. ''I don't know.''" the splitter takes the
     * third '' for a closing mark and ends "Mr. Brede asked." with it, so the cue seems to have a quote after it
     * and the next quote loses its opening.
     */
    static void moveOpeningQuotes(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        if (sentences.stream().noneMatch(s -> endsWithOpeningQuote(text, s.get(CoreAnnotations.TokensAnnotation.class)))) {
            return; // the usual case: nothing to copy
        }
        List<List<CoreLabel>> pieces = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            pieces.add(new ArrayList<>(sentence.get(CoreAnnotations.TokensAnnotation.class)));
        }
        for (int i = 0; i + 1 < pieces.size(); i++) {
            List<CoreLabel> tokens = pieces.get(i);
            if (endsWithOpeningQuote(text, tokens)) {
                pieces.get(i + 1).add(0, tokens.remove(tokens.size() - 1));
            }
        }
        List<CoreMap> moved = new ArrayList<>(pieces.size());
        for (List<CoreLabel> tokens : pieces) {
            moved.add(piece(doc, tokens));
        }
        renumber(moved);
        doc.set(CoreAnnotations.SentencesAnnotation.class, moved);
    }

    private static boolean endsWithOpeningQuote(String text, List<CoreLabel> tokens) {
        return tokens.size() > 1 && opensQuote(text, tokens.get(tokens.size() - 1));
    }

    /** A two-character mark with a space before it and a word right after it: it opens a quotation. */
    private static boolean opensQuote(String text, CoreLabel mark) {
        String original = mark.originalText();
        if (!(original.equals("''") || original.equals("``"))) {
            return false;
        }
        int before = mark.beginPosition() - 1;
        int after = mark.endPosition();
        return before >= 0 && Character.isWhitespace(text.charAt(before)) && after < text.length()
                && Character.isLetterOrDigit(text.charAt(after));
    }

    private static boolean goesOn(String text, List<CoreLabel> before, List<CoreLabel> next) {
        if (before.size() < 2 || next.isEmpty()) {
            return false;
        }
        CoreLabel last = before.get(before.size() - 1);
        CoreLabel mark = before.get(before.size() - 2);
        boolean quotedQuestion = CLOSING_QUOTES.contains(last.originalText())
                && (mark.word().equals("?") || mark.word().equals("!"));
        boolean closedAbbreviation = (last.word().equals(")") || last.word().equals("-RRB-"))
                && mark.word().endsWith(".");
        String first = next.get(0).word();
        boolean lowerCase = !first.isEmpty() && Character.isLowerCase(first.charAt(0));
        boolean sameParagraph = !text.substring(last.endPosition(), next.get(0).beginPosition()).contains("\n");
        return (quotedQuestion || closedAbbreviation) && lowerCase && sameParagraph;
    }

    private static boolean endsSentence(CoreLabel token, CoreLabel next) {
        String word = next.word();
        return TIME_ABBREVIATION.matcher(token.word()).matches() && !word.isEmpty()
                && Character.isUpperCase(word.charAt(0)) && !TIME_FOLLOWERS.contains(word);
    }

    private static CoreMap piece(Annotation doc, List<CoreLabel> tokens) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Annotation s = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class).substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        return s;
    }

    private static void renumber(List<CoreMap> sentences) {
        int tokenIndex = 0;
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenIndex);
            s.set(CoreAnnotations.TokenEndAnnotation.class, tokenIndex + tokens.size());
            for (int k = 0; k < tokens.size(); k++) {
                tokens.get(k).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
                tokens.get(k).setIndex(k + 1);
            }
            tokenIndex += tokens.size();
        }
    }
}
