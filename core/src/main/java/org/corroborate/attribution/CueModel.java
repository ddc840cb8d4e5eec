package org.corroborate.attribution;

import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.LinearModel;
import org.corroborate.nlp.Token;

/**
 * Decides whether a word heads an attribution cue. With the trained model ({@code cue-model.ser.gz}, rebuilt
 * by {@code bin/corroborate train cue-model}) a word is a cue when the model's probability reaches the threshold
 * tuned on PolNeAR dev; without it, the lexicons decide.
 */
final class CueModel {
    static final String RESOURCE = "/org/corroborate/lexicon/cue-model.ser.gz";
    private static final double THRESHOLD =
            Double.parseDouble(System.getProperty("corroborate.cueModelThreshold", "0.45"));
    /**
     * Speech verbs from the hand list ("said", "reported", "denied") with a reported clause need less from the
     * model: PolNeAR leaves some of them unannotated in styles it saw rarely (a reporter's "Phelan reported from
     * Aleppo that ..."), and a reader expects them.
     */
    private static final double SPEECH_VERB_THRESHOLD =
            Double.parseDouble(System.getProperty("corroborate.speechVerbThreshold", "0.1"));
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
        if (lexicon.isSpeechVerb(t.lemma()) && !inQuote && besideQuoteMark(at, t)) {
            return true; // '"...," Phelan reported' and 'said: "..."' leave no doubt
        }
        double p = probability(at, t, inQuote);
        return p >= THRESHOLD || p >= SPEECH_VERB_THRESHOLD && lexicon.isSpeechVerb(t.lemma())
                && (hasClause(at, t) || closesClauseBefore(at, t));
    }

    /** The model's probability that the word heads a cue; NaN without a model or for a word that is no candidate. */
    double probability(AnnotatedText at, Token t, boolean inQuote) {
        if (model == null || !CueFeatures.isCandidate(at, t)) {
            return Double.NaN;
        }
        return model.probability(features.of(at, t, inQuote));
    }

    /**
     * "X reported from the dam that the water was falling": a speech verb with a clause after it is reported
     * speech, wherever in its phrase the parser hung the clause.
     */
    private static boolean hasClause(AnnotatedText at, Token t) {
        int[] phrase = at.subtreeRange(t.index(), k -> false);
        for (int k = t.index() + 1; k <= phrase[1]; k++) {
            if (at.token(k).relation().equals("ccomp")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Locals refute the reports, RT's Lizzie Phelan reported from the scene": a speech verb whose phrase follows
     * the clause it reports, set off by a comma, however the parser hung that clause on it.
     */
    private static boolean closesClauseBefore(AnnotatedText at, Token t) {
        for (int k : at.children(t.index())) {
            String rel = at.token(k).relation();
            if (k < t.index() && (rel.equals("ccomp") || rel.equals("advcl") || rel.equals("parataxis"))) {
                int clause = k;
                int phraseStart = at.subtreeRange(t.index(), x -> x == clause || at.token(x).word().equals(","))[0];
                return phraseStart > 0 && at.token(phraseStart - 1).word().equals(",");
            }
        }
        return false;
    }

    /** A quotation mark within a few words before the verb (its subject between) or right after it. */
    private static boolean besideQuoteMark(AnnotatedText at, Token t) {
        int from = Math.max(at.sentenceOf(t).firstToken(), t.index() - 4);
        int to = Math.min(at.sentenceOf(t).endToken() - 1, t.index() + 2);
        for (int k = from; k <= to; k++) {
            if (k != t.index() && ParseWords.isQuoteMark(at.token(k))) {
                return true;
            }
        }
        return false;
    }
}
