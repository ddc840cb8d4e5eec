package org.corroborate.eval.polnear;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.SourceMention;
import org.corroborate.model.SourceSummary;
import org.corroborate.model.SourceType;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;
import org.corroborate.model.StatementKind;

/**
 * The baseline anyone gets from Stanford CoreNLP out of the box: the stock pipeline {@value #ANNOTATORS} with default
 * settings. Each quotation becomes a {@link StatementKind#DIRECT} statement whose content is the quote (marks
 * included), with no cue, and whose source is the mention the quote attribution annotator linked it to, named after
 * the speaker it resolved. It finds direct quotes only, and it is slow (coreference) and needs several GB of heap.
 * <p>
 * Thread-safe. The pipeline runs in two steps on the same document, which gives the same result as one pipeline:
 * everything up to {@code coref}, in parallel, then {@code quote} under a lock, because the quote attribution
 * annotator keeps per-document state (its character map) in a field, and CoreNLP shares annotator instances
 * between pipelines with equal settings.
 */
public final class CoreNlpQuoteBaseline implements Function<Article, Analysis> {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
    static final String RULE = "corenlp-quote";
    private static final Object QUOTE_LOCK = new Object();

    private final StanfordCoreNLP upToCoref;
    private final StanfordCoreNLP quote;

    /** Loads the models (about half a minute). */
    public CoreNlpQuoteBaseline() {
        upToCoref = new StanfordCoreNLP(annotators(ANNOTATORS.substring(0, ANNOTATORS.lastIndexOf(','))));
        Properties quoteOnly = annotators("quote");
        quoteOnly.setProperty("enforceRequirements", "false");
        quote = new StanfordCoreNLP(quoteOnly);
    }

    private static Properties annotators(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        return p;
    }

    @Override
    public Analysis apply(Article article) {
        Annotation doc = new Annotation(article.text());
        upToCoref.annotate(doc);
        synchronized (QUOTE_LOCK) {
            quote.annotate(doc);
        }
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Statement> statements = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
            Span content = Span.of(article.text(), q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            statements.add(new Statement(StatementKind.DIRECT, content, null, source(article.text(), q, tokens),
                    List.of(), RULE));
        }
        return Analysis.of(article, statements, summaries(statements));
    }

    // MentionBegin/End are inclusive document token indexes; a quote may have a speaker but no mention, or neither.
    private static SourceMention source(String text, CoreMap quote, List<CoreLabel> tokens) {
        Integer begin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer end = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        String speaker = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        if (begin != null && end != null && begin >= 0 && begin <= end && end < tokens.size()) {
            int start = tokens.get(begin).beginPosition();
            int stop = tokens.get(end).endPosition();
            String mention = text.substring(start, stop);
            return new SourceMention(mention, start, stop, speaker != null ? speaker : mention, SourceType.UNKNOWN,
                    "");
        }
        return new SourceMention("", -1, -1, speaker != null ? speaker : "", SourceType.UNKNOWN, "");
    }

    private static List<SourceSummary> summaries(List<Statement> statements) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Statement s : statements) {
            if (!s.source().name().isEmpty()) {
                counts.merge(s.source().name(), 1, Integer::sum);
            }
        }
        List<SourceSummary> summaries = new ArrayList<>();
        counts.forEach((name, n) -> summaries.add(new SourceSummary(name, SourceType.UNKNOWN, "", n)));
        return summaries;
    }
}
