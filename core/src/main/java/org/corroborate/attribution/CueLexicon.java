package org.corroborate.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.corroborate.text.Lexicon;

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
    /** Per lemma: times inside a train cue and times seen, parsed once from {@code cue-lemmas.tsv}. */
    private final Map<String, Counts> learned = parseCounts(Lexicon.load("cue-lemmas.tsv"));
    private final double threshold = Double.parseDouble(System.getProperty("corroborate.cueThreshold", "0.3"));
    private final double parseThreshold = Double.parseDouble(System.getProperty("corroborate.parseThreshold", "0.05"));

    private record Counts(int cue, int seen) {
        double share() {
            return (double) cue / seen;
        }

        boolean reliable() {
            return seen >= MIN_SEEN;
        }
    }

    private static Map<String, Counts> parseCounts(Lexicon lexicon) {
        Map<String, Counts> counts = new HashMap<>();
        for (String lemma : lexicon.keys()) {
            String[] parts = lexicon.get(lemma).split("\t");
            counts.put(lemma, new Counts(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())));
        }
        return counts;
    }

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
        Counts counts = learned.get(key);
        if (counts == null) {
            return verbs.contains(key);
        }
        if (counts.reliable()) {
            return counts.share() >= threshold;
        }
        return verbs.contains(key) || counts.share() >= 0.5;
    }

    /** A lemma that is a cue most times it occurs ("say", "tell"): worth reading from the surface if unparsed. */
    boolean isStrongCue(String lemma) {
        Counts counts = learned.get(lemma.toLowerCase(Locale.ROOT));
        return counts != null && counts.reliable() && counts.share() >= 0.6;
    }

    /** How often the lemma was a cue in training, in coarse steps ("unseen" when never counted). */
    String shareBucket(String lemma) {
        Counts counts = learned.get(lemma.toLowerCase(Locale.ROOT));
        if (counts == null) {
            return "unseen";
        }
        double share = counts.share();
        String step = share >= 0.7 ? "0.7" : share >= 0.5 ? "0.5" : share >= 0.3 ? "0.3" : share >= 0.15 ? "0.15"
                : share >= 0.05 ? "0.05" : "0";
        return step + (counts.reliable() ? "" : "-rare");
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
            case "tell", "ask", "inform", "thank", "quote", "answer", "add", "continue", "write" -> false;
            default -> true;
        };
    }

    /** Whether a statement nested in this verb's content came through its source ("X reported: they say ..."). */
    boolean passesSpeechOn(String lemma) {
        String stance = stance(lemma);
        return isCueVerb(lemma) && (stance.equals("neutral") || stance.equals("distancing"))
                || lemma.equals("according to");
    }

    /** Verbs that are a link in a chain ("citing X", "cited an interview in which X said") rather than a cue. */
    boolean isLinkOnly(String lemma) {
        return lemma.equals("cite");
    }
}
