package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared scorer parses as CoreNLP's own classifier does, on one thread and on several at once. */
class SharedScorerTest {
    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private static final String TEXT = "The harbour authority said on Tuesday that the fire had been contained. "
            + "\"We had flames forty metres high when the first crews arrived,\" the fire chief, Marta Okonkwo, "
            + "told reporters. Residents of the nearby estate, who were evacuated overnight, said they heard two "
            + "explosions shortly after midnight. According to the port's owner, about 3,000 tonnes of grain were "
            + "stored in the building, which was built in 1951. The company denied that it had ignored any warnings "
            + "about the wiring, calling the claims irresponsible rumours. Footage posted online showed smoke rising "
            + "over the quay while tugboats pulled two fishing boats away from the burning warehouse.";
    private static List<List<CoreLabel>> sentences;

    @BeforeAll
    static void tagSentences() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation doc = new Annotation(TEXT);
        new StanfordCoreNLP(p).annotate(doc);
        sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    /** A parser of its own: CoreNLP caches loaded parsers by model and properties, so the tag keeps them apart. */
    private static DependencyParser parser(String tag) {
        Properties p = new Properties();
        p.setProperty("numPreComputed", "100000");
        p.setProperty("test.parser", tag);
        return DependencyParser.loadFromModelFile(MODEL, p);
    }

    private static List<String> parses(DependencyParser parser) {
        List<String> out = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences) {
            out.add(dependencies(parser, sentence));
        }
        return out;
    }

    private static String dependencies(DependencyParser parser, List<CoreLabel> sentence) {
        StringBuilder s = new StringBuilder();
        for (TypedDependency d : parser.predict(sentence).typedDependencies()) {
            s.append(d).append(' ');
        }
        return s.toString();
    }

    @Test
    void parsesAsTheStockClassifierDoes() throws Exception {
        DependencyParser stockParser = parser("stock");
        assertFalse(read(stockParser) instanceof SharedScorer);
        List<String> stock = parses(stockParser);
        DependencyParser shared = parser("shared");
        SharedScorer.install(shared, 1000);
        SharedScorer.install(shared, 1000); // a second install changes nothing
        assertTrue(read(shared) instanceof SharedScorer);
        assertEquals(stock, parses(shared));

        // Four threads on one parser, each sentence many times: the same parses every time.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> parses(shared)));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(stock, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object read(DependencyParser parser) throws ReflectiveOperationException {
        java.lang.reflect.Field f = DependencyParser.class.getDeclaredField("classifier");
        f.setAccessible(true);
        return f.get(parser);
    }

    @Test
    void tableFindsEveryKeyAndNothingElse() {
        Map<Integer, Integer> entries = new HashMap<>();
        for (int k = 0; k < 5000; k++) {
            entries.put(k * 7919 - 20000, k);
        }
        SharedScorer.IntIntTable table = new SharedScorer.IntIntTable(entries);
        entries.forEach((key, value) -> assertEquals(value, table.get(key)));
        assertEquals(-1, table.get(3));
        assertEquals(-1, table.get(Integer.MAX_VALUE));
    }
}
