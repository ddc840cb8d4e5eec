package org.corroborate.attribution;

import java.util.List;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.nlp.NlpPipeline;

/** Finds every attributed statement in an article. (Work in progress: being written now.) */
public final class AttributionEngine {
    public Analysis analyze(Article article, NlpPipeline nlp) {
        nlp.annotate(article.text());
        return Analysis.of(article, List.of(), List.of());
    }
}
