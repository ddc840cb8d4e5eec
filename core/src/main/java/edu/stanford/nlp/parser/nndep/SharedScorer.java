package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scoring step of CoreNLP's neural dependency parser, rewritten for a parser that several threads share.
 * It lives in CoreNLP's package because {@link Classifier#computeScores(int[])}, which the parser calls once per
 * transition, is package-private: installed in place of the parser's classifier ({@link #install}), it computes
 * the same network with the same weights (the model file's precomputed hidden-layer products, the cube
 * activation, the output layer).
 * <p>
 * Why not the stock classifier: its cache of the hidden-layer products of features that were not precomputed is
 * an unsynchronised {@code HashMap} with a linked list, which two threads calling one parser can corrupt; and it
 * sums each output score as one long chain of dependent double additions. Here the cache is a
 * {@link ConcurrentHashMap} with a size cap, the precomputed rows are found through a primitive hash table instead
 * of boxed {@code Integer} keys, and the hidden layer is summed and the output layer computed in single precision
 * over transposed weights, so that every inner loop adds one row into many sums, which the JIT turns into vector
 * instructions. Single precision changes
 * the scores in about the seventh digit; a transition is decided differently only when its two best scores agree
 * that far. SharedScorerTest compares parses with the stock classifier's, and the PolNeAR dev figures came out the
 * same to the last digit (docs/performance.md).
 * <p>
 * A move that is the only legal one needs no scores. In the arc-standard system with a single root, while the
 * stack holds only the root and one word, the parser must shift if the buffer has a word (the first two moves of
 * every sentence, and again whenever the words so far have been reduced to one) and must attach that word to the
 * root if not (the last move). The parser takes the best-scoring legal move, so any scores give the same move; we
 * return zeros without running the network, for about one move in nine on news text. Whether the stack is that
 * short is read from the features themselves: the tag feature of the third stack entry is the model's "no token"
 * tag exactly then.
 */
public final class SharedScorer extends Classifier {
    /** Where the tag features start in a feature array, and the slot of the third stack entry among them. */
    private static final int TAGS = 18;
    private static final int STACK_2 = 0;

    private final int hiddenSize;
    private final int embeddingSize;
    /** The first layer by feature position and embedding dimension: a row of {@code hiddenSize} weights. */
    private final float[][][] w1ByInput;
    /** The output layer transposed: a row of label weights per hidden unit. */
    private final float[][] w2ByHidden;
    private final int numLabels;
    private final float[][] embeddings;
    private final float[] b1;
    private final float[][] precomputed;
    private final IntIntTable precomputedRows;
    private final Map<Integer, float[]> computed = new ConcurrentHashMap<>();
    private final int maxComputed;
    /** The model's id of the tag feature for "no token", or -1 where the forced moves are not known (see above). */
    private final int noTokenTag;

    private SharedScorer(Config config, Classifier stock, int maxComputed, int noTokenTag) {
        super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        this.w1ByInput = byInput(stock.getW1(), hiddenSize, embeddingSize);
        this.w2ByHidden = transposed(stock.getW2(), hiddenSize);
        this.numLabels = stock.getW2().length;
        this.embeddings = stock.getE();
        this.b1 = stock.getb1();
        this.precomputed = narrowed((double[][]) read(Classifier.class, stock, "saved"));
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> rows = (Map<Integer, Integer>) read(Classifier.class, stock, "preMap");
        this.precomputedRows = new IntIntTable(rows);
        this.maxComputed = maxComputed;
        this.noTokenTag = noTokenTag;
    }

    /**
     * Replaces the parser's classifier with one that is safe to share between threads and faster.
     *
     * @param maxComputed how many hidden-layer products of features the model did not precompute to keep
     */
    public static void install(DependencyParser parser, int maxComputed) {
        Classifier stock = (Classifier) read(DependencyParser.class, parser, "classifier");
        if (stock instanceof SharedScorer) {
            return; // installed already (loadFromModelFile hands out one cached parser per model and properties)
        }
        Config config = (Config) read(DependencyParser.class, parser, "config");
        write(DependencyParser.class, parser, "classifier",
                new SharedScorer(config, stock, maxComputed, noTokenTag(parser)));
    }

    /**
     * The tag id that marks an absent stack or buffer entry in the features, when the parser's transition system is
     * one whose forced moves we know (arc-standard with a single root); -1 otherwise, which scores every move.
     */
    private static int noTokenTag(DependencyParser parser) {
        Object system = read(DependencyParser.class, parser, "system");
        if (!(system instanceof ArcStandard) || !(Boolean) read(ArcStandard.class, system, "singleRoot")) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        Map<String, Integer> tagIds = (Map<String, Integer>) read(DependencyParser.class, parser, "posIDs");
        Integer id = tagIds.get(Config.NULL);
        return id == null ? -1 : id;
    }

    @Override
    double[] computeScores(int[] feature) {
        if (onlyOneMoveIsLegal(feature)) {
            return new double[numLabels];
        }
        float[] hidden = new float[hiddenSize];
        for (int j = 0; j < feature.length; j++) {
            int token = feature[j];
            int index = token * Config.numTokens + j;
            int row = precomputedRows.get(index);
            if (row >= 0) {
                addInto(hidden, precomputed[row]);
            } else {
                addInto(hidden, product(index, token, j));
            }
        }
        for (int i = 0; i < hiddenSize; i++) {
            float h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        // Row by row of the transposed layer: each step adds into all labels' sums at once.
        float[] sums = new float[numLabels];
        for (int i = 0; i < hiddenSize; i++) {
            float h = hidden[i];
            float[] row = w2ByHidden[i];
            for (int label = 0; label < numLabels; label++) {
                sums[label] += h * row[label];
            }
        }
        double[] scores = new double[numLabels];
        for (int label = 0; label < numLabels; label++) {
            scores[label] = sums[label];
        }
        return scores;
    }

    /**
     * Whether the stack holds at most the root and one word (see the class comment). The features start with 18
     * words and then 18 tags, each in the order stack(2), stack(1), stack(0), buffer(0), ... (CoreNLP's
     * {@code DependencyParser.getFeatures}); an absent entry has the "no token" tag.
     */
    boolean onlyOneMoveIsLegal(int[] feature) {
        return noTokenTag >= 0 && feature[TAGS + STACK_2] == noTokenTag;
    }

    /** The hidden-layer product of one feature that the model did not precompute, kept up to the cap. */
    private float[] product(int index, int token, int position) {
        float[] known = computed.get(index);
        if (known != null) {
            return known;
        }
        float[] e = embeddings[token];
        float[][] rows = w1ByInput[position];
        double[] sums = new double[hiddenSize];
        for (int k = 0; k < embeddingSize; k++) {
            float ek = e[k];
            float[] row = rows[k];
            for (int i = 0; i < hiddenSize; i++) {
                sums[i] += row[i] * ek;
            }
        }
        float[] out = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            out[i] = (float) sums[i];
        }
        if (computed.size() < maxComputed) {
            computed.putIfAbsent(index, out);
        }
        return out;
    }

    private static void addInto(float[] sum, float[] values) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += values[i];
        }
    }

    private static float[][] narrowed(double[][] rows) {
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = new float[rows[r].length];
            for (int i = 0; i < rows[r].length; i++) {
                out[r][i] = (float) rows[r][i];
            }
        }
        return out;
    }

    private static float[][][] byInput(float[][] w1, int hiddenSize, int embeddingSize) {
        float[][][] out = new float[Config.numTokens][embeddingSize][hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            for (int position = 0; position < Config.numTokens; position++) {
                for (int k = 0; k < embeddingSize; k++) {
                    out[position][k][i] = w1[i][position * embeddingSize + k];
                }
            }
        }
        return out;
    }

    private static float[][] transposed(float[][] w2, int hiddenSize) {
        float[][] out = new float[hiddenSize][w2.length];
        for (int label = 0; label < w2.length; label++) {
            for (int i = 0; i < hiddenSize; i++) {
                out[i][label] = w2[label][i];
            }
        }
        return out;
    }

    private static Object read(Class<?> owner, Object target, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + " has no field '" + name
                    + "' (another CoreNLP version?)", e);
        }
    }

    private static void write(Class<?> owner, Object target, String name, Object value) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set CoreNLP's " + owner.getSimpleName() + "." + name, e);
        }
    }

    /** A read-only map from int to int (-1 for absent) with open addressing: no boxing on the hot path. */
    static final class IntIntTable {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntIntTable(Map<Integer, Integer> entries) {
            int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            mask = capacity - 1;
            Arrays.fill(values, -1);
            for (Map.Entry<Integer, Integer> e : entries.entrySet()) {
                int slot = slot(e.getKey());
                while (values[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = e.getKey();
                values[slot] = e.getValue();
            }
        }

        int get(int key) {
            for (int slot = slot(key); values[slot] >= 0; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return -1;
        }

        private int slot(int key) {
            int h = key * 0x9E3779B9;
            return (h ^ (h >>> 16)) & mask;
        }
    }
}
