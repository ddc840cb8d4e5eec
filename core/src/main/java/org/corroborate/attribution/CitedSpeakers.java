package org.corroborate.attribution;

import java.util.Locale;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.Token;
import org.corroborate.text.Lexicon;

/**
 * Whether what "citing" names can have said anything: "citing an unnamed spokesman" passes a statement on from the
 * spokesman, "citing low economic growth" gives reasons.
 */
final class CitedSpeakers {
    private final SourceTyper typer;
    private final Lexicon roleNouns = Lexicon.load("role-nouns.txt");

    CitedSpeakers(SourceTyper typer) {
        this.typer = typer;
    }

    /**
     * A name, a pronoun, a noun that can stand for a speaker or a document ("officials", "a report", "a
     * spokesman"), or a phrase marked as an unnamed source.
     */
    boolean canSpeak(AnnotatedText at, int head) {
        Token t = at.token(head);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.isPronoun() || t.isProperNoun() || !"O".equals(t.ner()) || typer.nounType(lemma) != null
                || roleNouns.contains(lemma)) {
            return true;
        }
        int[] phrase = at.subtreeRange(head, x -> false);
        return typer.isMarkedAnonymous(at.text().substring(at.token(phrase[0]).start(), at.token(phrase[1]).end()));
    }
}
