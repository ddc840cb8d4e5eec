package org.corroborate.eval.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The PolNeAR v1.0 corpus as laid out in {@code data/polnear/<split>/text/*.txt} and
 * {@code <split>/attributions/<stem>_<annotator>.ann}.
 * <p>
 * Some articles were annotated by several annotators; we use the first annotation file in name order, so every
 * article counts once and the choice is reproducible.
 */
public final class PolnearCorpus {
    public static final List<String> SPLITS = List.of("train", "dev", "test");
    /**
     * What the shipped cue lexicon and cue model learn from: every split but test, which is for reporting. Tuning
     * measures on dev, so it trains on train alone (docs/quality.md, "How the figures are produced").
     */
    public static final List<String> TRAINING_SPLITS = List.of("train", "dev");

    private PolnearCorpus() {
    }

    /** {@code data/polnear} inside the shared directory. */
    public static Path directory(Path sharedDir) {
        return sharedDir.resolve("data").resolve("polnear");
    }

    /** Every article of {@code split} that has an annotation file, in file name order. */
    public static List<GoldArticle> read(Path sharedDir, String split) {
        return read(sharedDir, split, 0);
    }

    /**
     * Every article of the given splits, split by split; the test split is refused, since nothing may learn from
     * it.
     */
    public static List<GoldArticle> readForTraining(Path sharedDir, List<String> splits) {
        checkTrainingSplits(splits);
        List<GoldArticle> articles = new ArrayList<>();
        for (String split : splits) {
            articles.addAll(read(sharedDir, split));
        }
        return articles;
    }

    /** Throws, naming the problem, unless {@code splits} is a non-empty list of distinct training splits. */
    public static void checkTrainingSplits(List<String> splits) {
        if (splits.isEmpty()) {
            throw new IllegalArgumentException("no split to train on (expected some of " + TRAINING_SPLITS + ")");
        }
        for (String split : splits) {
            if (!TRAINING_SPLITS.contains(split)) {
                throw new IllegalArgumentException("cannot train on split '" + split + "': training uses "
                        + TRAINING_SPLITS + " only" + (split.equals("test") ? "; test is for reporting" : ""));
            }
        }
        if (splits.stream().distinct().count() < splits.size()) {
            throw new IllegalArgumentException("a split is named twice in " + splits);
        }
    }

    /** The first {@code limit} articles of {@code split} in file name order (0 = all). */
    public static List<GoldArticle> read(Path sharedDir, String split, int limit) {
        Path dir = splitDirectory(sharedDir, split);
        Map<String, Path> annotations = firstAnnotationPerArticle(dir.resolve("attributions"));
        List<GoldArticle> articles = new ArrayList<>();
        for (Map.Entry<String, Path> entry : annotations.entrySet()) {
            if (limit > 0 && articles.size() >= limit) {
                break;
            }
            Path textFile = dir.resolve("text").resolve(entry.getKey() + ".txt");
            if (Files.exists(textFile)) {
                articles.add(readArticle(entry.getKey(), textFile, entry.getValue()));
            }
        }
        return articles;
    }

    /** One article from its text file and one annotation file. */
    public static GoldArticle readArticle(String id, Path textFile, Path annFile) {
        String text = readString(textFile);
        String ann = readString(annFile);
        try {
            return new GoldArticle(id, text, annotator(annFile), BratReader.read(ann, text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(annFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * The articles of {@code split} that more than one annotator annotated: for each, one {@link GoldArticle} per
     * annotation file, in file name order (so the first is the one {@link #read} scores against).
     */
    public static List<List<GoldArticle>> readMultiplyAnnotated(Path sharedDir, String split) {
        Path dir = splitDirectory(sharedDir, split);
        List<List<GoldArticle>> out = new ArrayList<>();
        for (Map.Entry<String, List<Path>> entry : annotationsPerArticle(dir.resolve("attributions")).entrySet()) {
            Path textFile = dir.resolve("text").resolve(entry.getKey() + ".txt");
            if (entry.getValue().size() > 1 && Files.exists(textFile)) {
                out.add(entry.getValue().stream().map(ann -> readArticle(entry.getKey(), textFile, ann)).toList());
            }
        }
        return out;
    }

    private static Path splitDirectory(Path sharedDir, String split) {
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("unknown split '" + split + "' (expected one of " + SPLITS + ")");
        }
        return directory(sharedDir).resolve(split);
    }

    // Article stem -> its first .ann file. Stems contain underscores, so the annotator id is what follows the last.
    private static Map<String, Path> firstAnnotationPerArticle(Path attributions) {
        Map<String, Path> first = new TreeMap<>();
        annotationsPerArticle(attributions).forEach((stem, files) -> first.put(stem, files.get(0)));
        return first;
    }

    // Article stem -> its .ann files in name order.
    private static Map<String, List<Path>> annotationsPerArticle(Path attributions) {
        Map<String, List<Path>> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(attributions)) {
            files.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.endsWith(".ann") && name.lastIndexOf('_') > 0)
                    .sorted()
                    .forEach(name -> all.computeIfAbsent(name.substring(0, name.lastIndexOf('_')),
                            k -> new ArrayList<>()).add(attributions.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static String annotator(Path annFile) {
        String name = annFile.getFileName().toString();
        return name.substring(name.lastIndexOf('_') + 1, name.length() - ".ann".length());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
