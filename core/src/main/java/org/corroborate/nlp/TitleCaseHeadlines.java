package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Hillary Clinton Goes After Donald Trump As The New Mitt Romney": in a headline written in title case the tagger
 * takes every word for a proper noun, so the sentence shows no verb and is never parsed, and its attribution is
 * lost. Before tagging, the capitalised words of such a sentence are shown to the tagger and parser in lower
 * case, except those the article also writes with a capital inside its other sentences (names: "Hillary",
 * "Clinton", "Mitt") and acronyms ("FBI"). The text and its offsets are untouched; only the word the tools see
 * changes. Such a headline is then always parsed: it is short, and PolNeAR marks its evaluations ("Goes After",
 * "Breaks With") as attributions, even with verbs too seldom cues elsewhere for the sentence selection.
 */
final class TitleCaseHeadlines {
    /** Longer sentences in title case are rare, and more likely a list of names than a headline. */
    private static final int MAX_TOKENS = 30;

    private TitleCaseHeadlines() {
    }

    /** Lowers the headlines' words in place; returns the indices of the sentences it changed. */
    static Set<Integer> lowerCase(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        Set<Integer> lowered = new HashSet<>();
        if (sentences == null) {
            return lowered;
        }
        Set<String> names = null;
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() > MAX_TOKENS || !NameTags.isTitleCase(tokens)) {
                continue;
            }
            if (names == null) {
                names = capitalisedInside(sentences);
            }
            for (int i = 1; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                String word = t.word();
                if (isCapitalisedWord(word) && !isAcronym(word) && !names.contains(word)) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    t.setWord(lower);
                    t.setValue(lower);
                    lowered.add(s);
                }
            }
        }
        return lowered;
    }

    /** The capitalised words that stand inside a sentence not in title case: names, as the article writes them. */
    private static Set<String> capitalisedInside(List<CoreMap> sentences) {
        Set<String> names = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (NameTags.isTitleCase(tokens)) {
                continue;
            }
            for (int i = 1; i < tokens.size(); i++) {
                String word = tokens.get(i).word();
                if (isCapitalisedWord(word)) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    private static boolean isCapitalisedWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLetter(word.charAt(1));
    }

    private static boolean isAcronym(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
