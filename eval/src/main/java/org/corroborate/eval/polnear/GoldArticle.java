package org.corroborate.eval.polnear;

import java.util.List;
import org.corroborate.model.Article;

/**
 * A PolNeAR article with the attributions of one annotator.
 *
 * @param id        the file stem, e.g. {@code breitbart_2016-09-12_stealth-over-health-hillary-clin}
 * @param annotator the annotator id taken from the .ann file name, e.g. {@code ef2d}
 */
public record GoldArticle(String id, String text, String annotator, List<GoldAttribution> attributions) {
    public GoldArticle {
        attributions = List.copyOf(attributions);
    }

    public Article article() {
        return new Article(id, text);
    }
}
