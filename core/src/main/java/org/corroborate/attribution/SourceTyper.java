package org.corroborate.attribution;

import java.util.List;
import java.util.Locale;
import org.corroborate.model.SourceType;
import org.corroborate.nlp.Token;
import org.corroborate.text.Lexicon;

/**
 * Decides a source's type from its words: entity tags, the outlet list, anonymity markers and the head noun
 * ({@code media-outlets.txt}, {@code anonymity-markers.txt}, and the head nouns of {@link SpeakerNouns}).
 */
final class SourceTyper {
    private final Lexicon outlets = Lexicon.load("media-outlets.txt");
    private final Lexicon anonymity = Lexicon.load("anonymity-markers.txt");

    boolean isOutlet(String name) {
        String n = name.strip();
        return outlets.contains(n) || n.toLowerCase(Locale.ROOT).startsWith("the ") && outlets.contains(n.substring(4));
    }

    /** Anonymity markers in the mention itself or in the words that follow it. */
    boolean isMarkedAnonymous(String mentionAndAfter) {
        String lower = mentionAndAfter.toLowerCase(Locale.ROOT);
        for (String marker : anonymity.keys()) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** The type a head noun suggests, or null when the lexicon does not know it. */
    SourceType nounType(String lemma) {
        return SpeakerNouns.typeOf(lemma);
    }

    /** Type of a mention that carries a proper name. */
    SourceType namedType(String name, String entityTag, Token head) {
        if (isOutlet(name)) {
            return SourceType.MEDIA;
        }
        if ("PERSON".equals(entityTag)) {
            return SourceType.PERSON;
        }
        SourceType byNoun = head == null ? null : nounType(head.lemma().toLowerCase(Locale.ROOT));
        if ("ORGANIZATION".equals(entityTag)) {
            // "the Harbour Gazette": a masthead noun makes a named body an outlet
            return byNoun == SourceType.MEDIA ? SourceType.MEDIA : SourceType.ORGANIZATION;
        }
        if (byNoun == SourceType.ORGANIZATION || byNoun == SourceType.MEDIA || byNoun == SourceType.DOCUMENT) {
            return byNoun;
        }
        if ("LOCATION".equals(entityTag) || "MISC".equals(entityTag)) {
            return SourceType.ORGANIZATION; // "Russia said", "Syrian forces": a state or its organs
        }
        return SourceType.UNKNOWN;
    }

    /** Type of a mention with no proper name: "an unnamed spokesman", "locals", "the footage". */
    SourceType unnamedType(Token head, String mentionAndAfter) {
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        SourceType byNoun = nounType(lemma);
        // "Police" is tagged plural but has no singular: it names one body, like "the army"
        boolean plural = (head.pos().equals("NNS") || head.pos().equals("NNPS"))
                && !head.word().equalsIgnoreCase(lemma);
        if (byNoun == SourceType.DOCUMENT && !(plural && lemma.equals("report"))) {
            // "the footage", "the tweets"; but "reports" (on social media) are a vague collective voice
            return SourceType.DOCUMENT;
        }
        if (byNoun == SourceType.MEDIA && !plural && !isPersonNoun(lemma)) {
            return SourceType.MEDIA;
        }
        if (isMarkedAnonymous(mentionAndAfter)) {
            return plural ? SourceType.COLLECTIVE : SourceType.ANONYMOUS;
        }
        if (plural || SpeakerNouns.isShare(lemma)) {
            return SourceType.COLLECTIVE; // "locals", "31 percent of Republicans"
        }
        if (byNoun == SourceType.ORGANIZATION) {
            return SourceType.ORGANIZATION;
        }
        if (head.isNoun()) {
            return SourceType.ANONYMOUS; // "a spokesman", "the source", "a man"
        }
        return SourceType.UNKNOWN;
    }

    private static boolean isPersonNoun(String lemma) {
        return lemma.equals("reporter") || lemma.equals("correspondent") || lemma.equals("journalist");
    }
}
