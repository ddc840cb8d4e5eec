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

    /** The first {@code limit} articles of {@code split} in file name order (0 = all). */
    public static List<GoldArticle> read(Path sharedDir, String split, int limit) {
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("unknown split '" + split + "' (expected one of " + SPLITS + ")");
        }
        Path dir = directory(sharedDir).resolve(split);
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

    // Article stem -> its first .ann file. Stems contain underscores, so the annotator id is what follows the last.
    private static Map<String, Path> firstAnnotationPerArticle(Path attributions) {
        Map<String, Path> first = new TreeMap<>();
        try (Stream<Path> files = Files.list(attributions)) {
            files.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.endsWith(".ann") && name.lastIndexOf('_') > 0)
                    .sorted()
                    .forEach(name -> first.putIfAbsent(name.substring(0, name.lastIndexOf('_')),
                            attributions.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return first;
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
