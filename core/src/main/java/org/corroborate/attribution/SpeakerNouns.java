package org.corroborate.attribution;

import java.util.Locale;
import org.corroborate.model.SourceType;
import org.corroborate.nlp.Token;
import org.corroborate.text.Lexicon;

/**
 * Which head words can stand for someone who speaks, or a text that speaks for them, from the lexicons
 * {@code source-nouns.tsv} (with the source type each noun suggests), {@code role-nouns.txt} and
 * {@code share-nouns.txt}, loaded once. {@link SourceTyper} asks it for types, {@link CitedSpeakers} and
 * {@link Speakers} whether a word can speak.
 */
final class SpeakerNouns {
    private static final Lexicon SOURCE_NOUNS = Lexicon.load("source-nouns.tsv");
    private static final Lexicon ROLE_NOUNS = Lexicon.load("role-nouns.txt");
    private static final Lexicon SHARE_NOUNS = Lexicon.load("share-nouns.txt");

    private SpeakerNouns() {
    }

    /** The type a head noun suggests ("spokesman", "footage", "ministry"), or null when the lexicon does not know it. */
    static SourceType typeOf(String lemma) {
        String t = SOURCE_NOUNS.get(lemma);
        return t == null ? null : SourceType.fromJson(t);
    }

    /** "31 percent of Republicans", "a majority of voters": a share of a group. */
    static boolean isShare(String lemma) {
        return SHARE_NOUNS.contains(lemma);
    }

    /**
     * A word that can speak wherever it stands: a name, a pronoun, a named entity, or a source, role or share
     * noun ("officials", "a report", "a spokesman", "31 percent"). "Citing" needs this much to pass a statement on.
     */
    static boolean canSpeak(Token t) {
        String lemma = lemmaOf(t);
        return t.isPronoun() || t.isProperNoun() || !"O".equals(t.ner()) || typeOf(lemma) != null
                || ROLE_NOUNS.contains(lemma) || isShare(lemma);
    }

    /**
     * A word that may be the speaker a participle or a cue's object stands for: those that can speak, and also a
     * relative pronoun, a number ("one of his advisers") or a plural ("voters saying", "911 calls saying"); not
     * "made a point of saying" or "spent much of his speech defending", where the clause's subject speaks.
     */
    static boolean mayBeSpeaker(Token t) {
        return canSpeak(t) || ParseWords.isRelativePronoun(t) || t.pos().equals("CD") || t.pos().equals("NNS")
                || lemmaOf(t).equals("one");
    }

    private static String lemmaOf(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
