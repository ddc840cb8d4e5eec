package org.corroborate.attribution;

import org.corroborate.nlp.AnnotatedText;

/**
 * Whether what "citing" names can have said anything: "citing an unnamed spokesman" passes a statement on from the
 * spokesman, "citing low economic growth" gives reasons.
 */
final class CitedSpeakers {
    private final SourceTyper typer;

    CitedSpeakers(SourceTyper typer) {
        this.typer = typer;
    }

    /**
     * A word that can speak ({@link SpeakerNouns#canSpeak}: "officials", "a report", "a spokesman"), or a phrase
     * marked as an unnamed source.
     */
    boolean canSpeak(AnnotatedText at, int head) {
        if (SpeakerNouns.canSpeak(at.token(head))) {
            return true;
        }
        int[] phrase = at.subtreeRange(head, x -> false);
        return typer.isMarkedAnonymous(at.text().substring(at.token(phrase[0]).start(), at.token(phrase[1]).end()));
    }
}
