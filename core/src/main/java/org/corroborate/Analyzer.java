package org.corroborate;

import org.corroborate.attribution.AttributionEngine;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.nlp.CoreNlpPipeline;
import org.corroborate.nlp.NlpPipeline;

/**
 * The library's front door: {@code Analyzer.create().analyze(new Article(id, text))}.
 * One instance per process; {@link #analyze} is thread-safe, so articles can run in parallel.
 */
public final class Analyzer {
    private final NlpPipeline nlp;
    private final AttributionEngine attribution;

    private Analyzer(NlpPipeline nlp) {
        this.nlp = nlp;
        this.attribution = new AttributionEngine();
    }

    /** Builds the analyzer with the shared CoreNLP pipeline (several seconds on first call). */
    public static Analyzer create() {
        return new Analyzer(CoreNlpPipeline.shared());
    }

    public Analysis analyze(Article article) {
        return attribution.analyze(article, nlp);
    }
}
