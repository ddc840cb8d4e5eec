package org.corroborate.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.eval.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real PolNeAR dev split in place; skipped (visibly) where the shared data is absent. */
class PolnearDevDataTest {

    private static Path shared() {
        Optional<Path> shared = SharedData.locate();
        boolean exists = shared.isPresent() && Files.isDirectory(PolnearCorpus.directory(shared.get()));
        Assumptions.assumeTrue(exists, "skipped: ../shared/data/polnear not found");
        return shared.get();
    }

    @Test
    void readsTheDevSplit() {
        List<GoldArticle> dev = PolnearCorpus.read(shared(), "dev");
        assertEquals(84, dev.size());

        int attributions = 0;
        int withoutSource = 0;
        for (GoldArticle a : dev) {
            assertTrue(a.annotator().matches("[0-9a-f]{4}"), a.annotator());
            for (GoldAttribution g : a.attributions()) {
                attributions++;
                withoutSource += g.source() == null ? 1 : 0;
                for (Region r : new Region[] {g.source(), g.cue(), g.content()}) {
                    if (r != null) {
                        assertTrue(r.end() <= a.text().length(), a.id() + " " + g.id());
                    }
                }
            }
        }
        assertTrue(attributions > 2000, "attributions: " + attributions);
        assertTrue(withoutSource > 0 && withoutSource < attributions / 5, "without source: " + withoutSource);
    }

    /** Every span's text, read at our Java offsets, is the text the annotation file gives for it. */
    @Test
    void offsetsMatchTheAnnotatedText() throws IOException {
        Path dir = PolnearCorpus.directory(shared()).resolve("dev");
        int checked = 0;
        for (GoldArticle a : PolnearCorpus.read(shared(), "dev")) {
            String ann = Files.readString(dir.resolve("attributions").resolve(a.id() + "_" + a.annotator() + ".ann"));
            for (BratReader.TextBound t : BratReader.textBounds(ann, a.text()).values()) {
                String actual = t.fragments().stream()
                        .map(f -> a.text().substring(f.start(), f.end()))
                        .collect(Collectors.joining(" "));
                // brat's text column stops at a line break inside the annotated text.
                boolean cut = actual.contains("\n") && actual.startsWith(t.annotated());
                assertTrue(actual.equals(t.annotated()) || cut, a.id() + " " + t.id() + ": " + actual);
                checked++;
            }
        }
        assertTrue(checked > 3000, "spans checked: " + checked);
    }
}
