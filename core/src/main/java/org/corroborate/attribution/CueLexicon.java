package org.corroborate.attribution;

import java.util.Locale;

/**
 * Which lemmas can head an attribution cue, and the stance each takes.
 * Two resource files: {@code cue-lemmas.tsv}, learned from PolNeAR train (how often each verb lemma sits in an
 * annotated cue), and {@code cue-verbs.tsv}, written by hand (stances, and verbs the training data lacks).
 * A lemma the training data has seen often enough is a cue when its cue share reaches {@link #threshold};
 * a lemma it has not seen is a cue when the hand-written list has it.
 */
public final class CueLexicon {
    /** Below this many occurrences in train, the learned share is too noisy to overrule the hand list. */
    private static final int MIN_SEEN = 8;
    private final Lexicon verbs = Lexicon.load("cue-verbs.tsv");
    private final Lexicon learned = Lexicon.load("cue-lemmas.tsv");
    private final double threshold = Double.parseDouble(System.getProperty("corroborate.cueThreshold", "0.3"));
    private final double parseThreshold = Double.parseDouble(System.getProperty("corroborate.parseThreshold", "0.2"));

    boolean isCueVerb(String lemma) {
        return isCueVerb(lemma, threshold);
    }

    /**
     * Whether a sentence with this verb is worth parsing: a lower bar than {@link #isCueVerb}, since the cue model
     * makes the final call on parsed sentences.
     */
    boolean mayHeadCue(String lemma) {
        return isCueVerb(lemma, parseThreshold);
    }

    private boolean isCueVerb(String lemma, double threshold) {
        String key = lemma.toLowerCase(Locale.ROOT);
        String counts = learned.get(key);
        if (counts != null) {
            String[] parts = counts.split("\t");
            int cue = Integer.parseInt(parts[0]);
            int seen = Integer.parseInt(parts[1]);
            if (seen >= MIN_SEEN) {
                return (double) cue / seen >= threshold;
            }
            return verbs.contains(key) || cue * 2 >= seen;
        }
        return verbs.contains(key);
    }

    /** A lemma that is a cue most times it occurs ("say", "tell"): worth reading from the surface if unparsed. */
    boolean isStrongCue(String lemma) {
        String counts = learned.get(lemma.toLowerCase(Locale.ROOT));
        if (counts == null) {
            return false;
        }
        String[] parts = counts.split("\t");
        return Integer.parseInt(parts[1]) >= MIN_SEEN && Integer.parseInt(parts[0]) * 10 >= Integer.parseInt(parts[1]) * 6;
    }

    /** How often the lemma was a cue in training, in coarse steps ("unseen" when never counted). */
    String shareBucket(String lemma) {
        String counts = learned.get(lemma.toLowerCase(Locale.ROOT));
        if (counts == null) {
            return "unseen";
        }
        String[] parts = counts.split("\t");
        double share = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
        int seen = Integer.parseInt(parts[1]);
        String step = share >= 0.7 ? "0.7" : share >= 0.5 ? "0.5" : share >= 0.3 ? "0.3" : share >= 0.15 ? "0.15"
                : share >= 0.05 ? "0.05" : "0";
        return step + (seen >= MIN_SEEN ? "" : "-rare");
    }

    /** A verb of saying from the hand list (not a belief, intention or question). */
    boolean isSpeechVerb(String lemma) {
        String stance = verbs.get(lemma);
        return stance != null && !stance.equals("belief") && !stance.equals("intent") && !stance.equals("question");
    }

    boolean isHandListed(String lemma) {
        return verbs.contains(lemma);
    }

    String stance(String lemma) {
        String s = verbs.get(lemma);
        return s == null ? "neutral" : s;
    }

    /** Verbs whose direct object is the content ("denied the reports"), rather than the hearer ("told RT"). */
    boolean takesObjectAsContent(String lemma) {
        return switch (lemma) {
            case "tell", "ask", "inform", "thank", "quote", "cite", "answer", "add", "continue", "write" -> false;
            default -> true;
        };
    }

    /** Whether a statement nested in this verb's content came through its source ("X reported: they say ..."). */
    boolean passesSpeechOn(String lemma) {
        String stance = stance(lemma);
        return isCueVerb(lemma) && (stance.equals("neutral") || stance.equals("distancing"))
                || lemma.equals("according to");
    }

    /** Verbs that only head a statement through a link ("citing X"), never with their own clause. */
    boolean isLinkOnly(String lemma) {
        return lemma.equals("cite");
    }
}
