package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SharedScorer;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Properties;

/**
 * The CoreNLP adapter. Tokenize and split sentences (with {@link GluedSentenceEnds} and {@link SentenceRepair}),
 * pos, lemma over the whole text; ner over every sentence that is parsed or holds a proper noun (names are needed beyond statements, so that "Vos said" can
 * find the "Karel Vos" introduced earlier); depparse over the sentences a {@link SentenceSelector} picks (by far the slowest part).
 * NER runs the CoNLL 4-class model only, without SUTime, fine-grained or regex NER: the attribution rules need
 * PERSON / ORGANIZATION / LOCATION / MISC, and the other models would triple the time per article.
 */
public final class CoreNlpPipeline implements NlpPipeline {
    private static volatile CoreNlpPipeline shared;
    private final StanfordCoreNLP tokenizer;
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** Longer "sentences" (tables, lists run together) make the parser slow and tell us little. */
    private static final int MAX_PARSE_LENGTH = Integer.getInteger("corroborate.maxParseLength", 150);
    private final DependencyParser parser;
    /** The parser's own classifier instead of SharedScorer, for comparisons (docs/performance.md). */
    private static final boolean STOCK_SCORER = Boolean.getBoolean("corroborate.stockScorer");
    /** How many hidden-layer products of features that were not precomputed the parser keeps. */
    private static final int NUM_CACHED = Integer.getInteger("corroborate.numCached", 100000);
    private final StanfordCoreNLP entities;

    private CoreNlpPipeline() {
        tokenizer = new StanfordCoreNLP(properties("tokenize"));
        splitter = new StanfordCoreNLP(properties("ssplit"));
        tagger = new StanfordCoreNLP(properties("pos,lemma"));
        entities = new StanfordCoreNLP(properties("ner"));
        // The parser is called directly, not through its annotator, which also builds enhanced dependency
        // graphs we never read (8% of the time of an analysis).
        parser = DependencyParser.loadFromModelFile(PARSER_MODEL, parserProperties());
        if (!STOCK_SCORER) {
            // One parser serves every thread: its stock feature cache is not safe for that (SharedScorer).
            SharedScorer.install(parser, NUM_CACHED);
        }
    }

    /** The process-wide pipeline, built on first use (loading takes several seconds). */
    public static CoreNlpPipeline shared() {
        CoreNlpPipeline local = shared;
        if (local == null) {
            synchronized (CoreNlpPipeline.class) {
                local = shared;
                if (local == null) {
                    local = new CoreNlpPipeline();
                    shared = local;
                }
            }
        }
        return local;
    }

    /**
     * The parser precomputes the hidden-layer products of its most frequent features (numPreComputed, read only
     * from the properties given here) and keeps those of the others it meets in a cache of numCached entries (the
     * stock classifier's, or SharedScorer's when installed). Both made parsing much faster on the PolNeAR dev
     * texts, with the same parses (docs/performance.md); the system properties override them for experiments.
     */
    private static Properties parserProperties() {
        Properties p = new Properties();
        p.setProperty("numPreComputed", System.getProperty("corroborate.numPreComputed", "100000"));
        if (STOCK_SCORER) {
            p.setProperty("numCached", String.valueOf(NUM_CACHED)); // SharedScorer keeps its own cache
        } else {
            // CoreNLP caches loaded parsers by model and properties: a property of our own keeps the parser whose
            // classifier we replace out of the hands of any other caller that loads the same model.
            p.setProperty("corroborate.scorer", "shared");
        }
        return p;
    }

    static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        p.setProperty("tokenize.language", "en");
        // Blank lines end paragraphs; a single newline inside a paragraph does not end a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("pos.maxlen", "300");
        return p;
    }

    @Override
    public AnnotatedText annotate(String text, SentenceSelector selector) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc); // CoreNLP's tokenizer also splits sentences
        if (GluedSentenceEnds.split(doc)) {
            doc.remove(CoreAnnotations.SentencesAnnotation.class);
            splitter.annotate(doc);
        }
        SentenceRepair.splitAfterTimeAbbreviations(doc);
        SentenceRepair.joinCutSentences(doc);
        SentenceRepair.moveOpeningQuotes(doc);
        SpacedDashes.mark(doc);
        CurlyApostrophes.straighten(doc);
        Set<Integer> headlines = TitleCaseHeadlines.lowerCase(doc);
        tagger.annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        boolean[] parse = new boolean[all.size()];
        List<CoreMap> named = new ArrayList<>();
        List<CoreLabel> namedTokens = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<CoreLabel> labels = all.get(i).get(CoreAnnotations.TokensAnnotation.class);
            FrontedSaid.retag(labels);
            parse[i] = !labels.isEmpty() && labels.size() <= MAX_PARSE_LENGTH
                    && (headlines.contains(i) || selector.needsParse(toTokens(text, labels, 0, -1, null)));
            // Entities only where there can be any: a sentence we parse, or one with a proper noun.
            if (parse[i] || labels.stream().anyMatch(NameTags::isProperNoun)) {
                named.add(all.get(i));
                namedTokens.addAll(labels);
            }
        }
        if (!named.isEmpty()) {
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, named);
            sub.set(CoreAnnotations.TokensAnnotation.class, namedTokens);
            entities.annotate(sub);
        }
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<CoreLabel> labels = all.get(i).get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            if (parse[i]) {
                NameTags.mark(labels);
            }
            GrammaticalStructure tree = parse[i] ? parser.predict(labels) : null;
            int first = tokens.size();
            tokens.addAll(toTokens(text, labels, first, sentences.size(), tree));
            sentences.add(new Sentence(sentences.size(), first, tokens.size(),
                    tokens.get(first).start(), tokens.get(tokens.size() - 1).end()));
        }
        return new AnnotatedText(text, tokens, sentences);
    }

    private static List<Token> toTokens(String text, List<CoreLabel> labels, int first, int sentenceIndex,
                                        GrammaticalStructure parse) {
        int[] heads = new int[labels.size()];
        String[] relations = new String[labels.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        if (parse != null) {
            for (TypedDependency d : parse.typedDependencies()) {
                int dep = d.dep().index() - 1;
                int gov = d.gov().index();
                if (dep < 0 || dep >= labels.size()) {
                    continue;
                }
                heads[dep] = gov == 0 ? -1 : first + gov - 1;
                relations[dep] = gov == 0 ? "root" : d.reln().toString();
            }
        }
        List<Token> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            int start = l.beginPosition();
            int end = l.endPosition();
            String ner = l.ner() == null ? "O" : l.ner();
            out.add(new Token(first + i, sentenceIndex, text.substring(start, end), start, end,
                    l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner, heads[i], relations[i]));
        }
        return out;
    }
}
