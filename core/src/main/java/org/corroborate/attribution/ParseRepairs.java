package org.corroborate.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.NlpPipeline;
import org.corroborate.nlp.Token;

/**
 * Reads a text for attribution ({@link #read}) and mends the dependency heads the parser gets wrong around cues,
 * before any cue is read: {@link InnerCues} and {@link AsideParticiples}. Analysis, cue-model training and
 * {@link CueDiagnosis} all read through it, so the model is trained on the parses it will see.
 */
public final class ParseRepairs {
    private ParseRepairs() {
    }

    /**
     * The text as attribution reads it: tagged throughout, the sentences {@link CueSentenceSelector} picks
     * parsed, and the parses repaired. Analysis, cue-model training and {@link CueDiagnosis} all read it so.
     */
    public static AnnotatedText read(NlpPipeline nlp, String text, CueLexicon cues, List<Quote> quotes) {
        return apply(nlp.annotate(text, new CueSentenceSelector(cues, quotes)), cues);
    }

    private static AnnotatedText apply(AnnotatedText at, CueLexicon cues) {
        AnnotatedText repaired = rehang(at, InnerCues.newHeads(at, cues));
        return rehang(repaired, AsideParticiples.newHeads(repaired, cues));
    }

    /** The text with the given tokens hung on new heads, their relations kept; the same text when there are none. */
    private static AnnotatedText rehang(AnnotatedText at, Map<Integer, Integer> heads) {
        if (heads.isEmpty()) {
            return at;
        }
        List<Token> tokens = new ArrayList<>(at.tokens());
        heads.forEach((index, head) -> {
            Token t = tokens.get(index);
            tokens.set(index, new Token(t.index(), t.sentence(), t.word(), t.start(), t.end(), t.lemma(), t.pos(),
                    t.ner(), head, t.relation()));
        });
        return new AnnotatedText(at.text(), tokens, at.sentences());
    }
}
