package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
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

    /**
     * Along every parse, the scorer skips the network exactly where one move is legal, and those places are there
     * (the first moves of every sentence at least).
     */
    @Test
    void skipsTheNetworkExactlyWhereOneMoveIsLegal() throws Exception {
        DependencyParser parser = parser("forced");
        SharedScorer.install(parser, 1000);
        SharedScorer scorer = (SharedScorer) read(parser);
        ParsingSystem system = (ParsingSystem) read(parser, "system");
        int moves = 0;
        int skipped = 0;
        for (List<CoreLabel> tokens : sentences) {
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            Configuration c = system.initialConfiguration(sentence);
            while (!system.isTerminal(c)) {
                int[] feature = parser.getFeatures(c).stream().mapToInt(Integer::intValue).toArray();
                List<String> legal = system.transitions.stream().filter(t -> system.canApply(c, t)).toList();
                boolean skips = scorer.onlyOneMoveIsLegal(feature);
                assertEquals(legal.size() == 1, skips, "stack " + c.getStackSize() + ", buffer " + c.getBufferSize());
                moves++;
                skipped += skips ? 1 : 0;
                system.apply(c, best(scorer.computeScores(feature), legal, system));
            }
        }
        assertTrue(skipped >= 2 * sentences.size(), skipped + " of " + moves + " moves skipped");
        assertTrue(skipped < moves / 2, skipped + " of " + moves + " moves skipped");
    }

    private static String best(double[] scores, List<String> legal, ParsingSystem system) {
        String best = null;
        for (String t : legal) {
            if (best == null || scores[system.getTransitionID(t)] > scores[system.getTransitionID(best)]) {
                best = t;
            }
        }
        return best;
    }

    private static Object read(DependencyParser parser) throws ReflectiveOperationException {
        return read(parser, "classifier");
    }

    private static Object read(DependencyParser parser, String field) throws ReflectiveOperationException {
        java.lang.reflect.Field f = DependencyParser.class.getDeclaredField(field);
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
