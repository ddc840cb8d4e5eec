package org.corroborate.nlp;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A binary logistic-regression model over string features (CoreNLP's {@link LinearClassifier}), kept behind
 * plain types so the rest of the code never sees CoreNLP. Thread-safe for scoring.
 */
public final class LinearModel {
    public static final String YES = "yes";
    public static final String NO = "no";
    private final LinearClassifier<String, String> classifier;

    private LinearModel(LinearClassifier<String, String> classifier) {
        this.classifier = classifier;
    }

    /** One training example: its features and whether it is a positive case. */
    public record Example(List<String> features, boolean positive) {
    }

    /** L2-regularised logistic regression; {@code sigma} is the prior's standard deviation. */
    public static LinearModel train(List<Example> examples, double sigma) {
        Dataset<String, String> data = new Dataset<>();
        for (Example e : examples) {
            data.add(new BasicDatum<>(e.features(), e.positive() ? YES : NO));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return new LinearModel(factory.trainClassifier(data));
    }

    /** Loads a model written by {@link #save} from the classpath; null when there is none. */
    @SuppressWarnings("unchecked")
    public static LinearModel loadResource(String resource) {
        try (InputStream raw = LinearModel.class.getResourceAsStream(resource)) {
            if (raw == null) {
                return null;
            }
            try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(raw))) {
                return new LinearModel((LinearClassifier<String, String>) in.readObject());
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read model " + resource, e);
        }
    }

    public void save(Path file) {
        try {
            IOUtils.writeObjectToFile(classifier, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + file, e);
        }
    }

    /** Probability that the features describe a positive case. */
    public double probability(Collection<String> features) {
        return classifier.probabilityOf(new BasicDatum<>(features)).getCount(YES);
    }
}
