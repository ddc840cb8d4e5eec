package org.corroborate.attribution;

import java.util.List;
import java.util.Locale;
import org.corroborate.nlp.AnnotatedText;
import org.corroborate.nlp.NlpPipeline;
import org.corroborate.nlp.Token;

/**
 * Says why no cue was found in a stretch of text, for the PolNeAR error listing: the sentence was not parsed,
 * no word in it can head a cue (a noun, an adjective, a colon), the cue model rejected its words, or the model
 * accepted one and the rules found no statement around it. The text is read as the engine reads it (same
 * sentence selection, same parse repairs), so the reasons describe what the engine saw.
 */
public final class CueDiagnosis {
    private final CueLexicon cues = new CueLexicon();
    private final CueModel model = new CueModel(cues);
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final NlpPipeline nlp;

    public CueDiagnosis(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    /** One article, annotated once, asked about any number of spans. */
    public final class Article {
        private final AnnotatedText at;
        private final List<Quote> quotes;

        private Article(String text) {
            this.quotes = quoteFinder.find(text);
            this.at = ParseRepairs.read(nlp, text, cues, quotes);
        }

        /**
         * {@code not-parsed}, {@code no-candidate}, {@code model-rejected p=0.32} (the best of its words) or
         * {@code model-accepted p=0.71}, for the words overlapping the characters {@code start}
         * to {@code end}.
         */
        public String reason(int start, int end) {
            List<Token> tokens = at.tokens().stream().filter(t -> t.start() < end && start < t.end()).toList();
            if (!tokens.isEmpty() && tokens.stream().noneMatch(t -> t.head() >= 0 || t.relation().equals("root"))) {
                return "not-parsed";
            }
            double best = Double.NaN;
            boolean accepted = false;
            for (Token t : tokens) {
                boolean inQuote = Quote.anyHolds(quotes, t.start(), t.end());
                double p = model.probability(at, t, inQuote);
                if (!Double.isNaN(p)) {
                    best = Double.isNaN(best) ? p : Math.max(best, p);
                    accepted |= model.isCue(at, t, inQuote);
                }
            }
            if (Double.isNaN(best)) {
                return "no-candidate";
            }
            return String.format(Locale.ROOT, "model-%s p=%.2f", accepted ? "accepted" : "rejected", best);
        }
    }

    public Article of(String text) {
        return new Article(text);
    }
}
