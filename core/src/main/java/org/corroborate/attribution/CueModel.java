package org.corroborate.attribution;

import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.LinearModel;
import org.corroborate.nlp.Token;

/**
 * Decides whether a word heads an attribution cue. With the trained model ({@code cue-model.ser.gz}, rebuilt
 * by {@code bin/corroborate train cues}) a word is a cue when the model's probability reaches the threshold
 * tuned on PolNeAR dev; without it, the lexicons decide.
 */
final class CueModel {
    static final String RESOURCE = "/org/corroborate/lexicon/cue-model.ser.gz";
    private static final double THRESHOLD = Double.parseDouble(System.getProperty("corroborate.cueModelThreshold", "0.5"));
    private final CueLexicon lexicon;
    private final CueFeatures features;
    private final LinearModel model;

    CueModel(CueLexicon lexicon) {
        this.lexicon = lexicon;
        this.features = new CueFeatures(lexicon);
        this.model = Boolean.getBoolean("corroborate.noCueModel") ? null : LinearModel.loadResource(RESOURCE);
    }

    boolean isCue(AnnotatedText at, Token t, boolean inQuote) {
        if (model == null || !CueFeatures.isCandidate(at, t)) {
            return t.isVerb() && lexicon.isCueVerb(t.lemma());
        }
        return model.probability(features.of(at, t, inQuote)) >= THRESHOLD;
    }
}
