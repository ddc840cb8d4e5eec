package org.corroborate.text;

import java.util.List;
import org.corroborate.model.Article;

/**
 * An article read from an input, with anything worth telling the user about how it was read
 * (for example "not valid UTF-8; read as windows-1252"). Warnings never stop the analysis.
 */
public record ArticleInput(Article article, List<String> warnings) {
    public ArticleInput {
        warnings = List.copyOf(warnings);
    }
}
