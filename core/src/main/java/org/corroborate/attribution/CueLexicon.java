package org.corroborate.attribution;

/** Which lemmas can head an attribution cue, and the stance each takes ({@code cue-verbs.tsv}). */
final class CueLexicon {
    private final Lexicon verbs = Lexicon.load("cue-verbs.tsv");

    boolean isCueVerb(String lemma) {
        return verbs.contains(lemma);
    }

    String stance(String lemma) {
        String s = verbs.get(lemma);
        return s == null ? "neutral" : s;
    }

    /** Verbs whose direct object is the content ("denied the reports"), rather than the hearer ("told RT"). */
    boolean takesObjectAsContent(String lemma) {
        return switch (lemma) {
            case "tell", "ask", "inform", "urge", "warn", "accuse", "blame", "praise", "criticize", "criticise",
                 "call", "quote", "thank", "order", "cite", "write", "tweet", "answer", "add", "continue" -> false;
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
