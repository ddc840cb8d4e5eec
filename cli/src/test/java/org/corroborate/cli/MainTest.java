package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line behaviour that needs no NLP: usage, help, exit codes, failures. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, Run.withoutAnalyzer("analyze").code(), "no input");
        assertEquals(2, Run.withoutAnalyzer("analyze", "--format", "xml", "a.txt").code(), "bad format");
        assertEquals(2, Run.withoutAnalyzer("analyze", "--threads", "0", "a.txt").code(), "no threads");
        assertEquals(2, Run.withoutAnalyzer("analyze", "-", "-").code(), "stdin twice");
        assertEquals(2, Run.withoutAnalyzer("frobnicate").code(), "unknown command");
        Run bad = Run.withoutAnalyzer("analyze", "--nope", "a.txt");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--nope"), bad.err());
        assertEquals(2, Run.withoutAnalyzer("eval", "polnear").code(), "no split");
        Run onTest = Run.withoutAnalyzer("train", "cues", "--splits", "train,test");
        assertEquals(2, onTest.code(), "training on test");
        assertTrue(onTest.err().contains("'test'") && onTest.err().contains("reporting"), onTest.err());
        assertEquals(2, Run.withoutAnalyzer("train", "ptc", "--splits", "train").code(), "splits for ptc");
        assertEquals(2, Run.withoutAnalyzer("eval", "polnear", "--split", "dev", "--shared", "/no/such/dir",
                "--bootstrap", "-5").code(), "a usage error before the data is looked for");
    }

    @Test
    void helpDocumentsExitCodesAndFormats() {
        Run help = Run.withoutAnalyzer("analyze", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("jsonl"), help.out());
        Run version = Run.withoutAnalyzer("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("corroborate "), version.out());
    }

    @Test
    void onlyMissingInputsNeverLoadTheAnalyzer() {
        Run run = Run.withoutAnalyzer("analyze", "--format", "jsonl", dir.resolve("a.txt").toString(), dir.toString());
        assertEquals(1, run.code());
        assertEquals(2, run.out().lines().count());
        assertTrue(run.err().contains("a.txt: no such file"), run.err());
        assertTrue(run.err().contains(dir + ": is a directory"), run.err());
    }

    @Test
    void aBadTermsFileIsNamedWithItsLineBeforeAnythingLoads() throws Exception {
        Path terms = Files.writeString(dir.resolve("terms.tsv"), "# mine\nrebel armed-group neutral\n");
        Path article = Files.writeString(dir.resolve("a.txt"), "Text.");
        Run run = Run.withoutAnalyzer("analyze", "--terms", terms.toString(), article.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("terms.tsv line 2"), run.err());
        Run missing = Run.withoutAnalyzer("analyze", "--terms", dir.resolve("none.tsv").toString(), article.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("none.tsv: no such file"), missing.err());
    }

    @Test
    void aCrashExitsWith3AndTheOtherInputsStillComeOut() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Fine.");
        Path boom = Files.writeString(dir.resolve("boom.txt"), "Boom.");
        Run run = Run.of(() -> article -> {
            if (article.text().startsWith("Boom")) {
                throw new IllegalStateException("kaboom");
            }
            return Analysis.of(article, List.of(), List.of());
        }, "analyze", "-f", "jsonl", boom.toString(), good.toString());
        assertEquals(3, run.code());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).contains("\"error\":\"analysis failed: java.lang.IllegalStateException: kaboom\""),
                lines.get(0));
        assertTrue(lines.get(1).contains("\"id\":\"" + good + "\""), lines.get(1));
        assertTrue(run.err().contains("kaboom"), run.err());
    }

    @Test
    void outputFileOption() throws Exception {
        Path in = Files.writeString(dir.resolve("in.txt"), "Quiet day.");
        Path out = dir.resolve("out.jsonl");
        Run run = Run.of(() -> a -> Analysis.of(a, List.of(), List.of()),
                "analyze", "-f", "jsonl", "-o", out.toString(), in.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).startsWith("{\"version\":\"" + Analysis.CONTRACT_VERSION + "\",\"id\":\"" + in + "\""));
        assertEquals(2, Run.withoutAnalyzer("analyze", "-o", in.toString(), in.toString()).code(),
                "writing over an input");
    }

    @Test
    void evalWithoutSharedDataSaysWhy() {
        Run run = Run.withoutAnalyzer("eval", "polnear", "--split", "dev", "--shared", dir.resolve("none").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("no such directory"), run.err());
    }

    @Test
    void evalPtcWithoutPtcDataNamesTheDirectory() throws Exception {
        Files.createDirectories(dir.resolve("shared"));
        Run run = Run.withoutAnalyzer("eval", "ptc", "--shared", dir.resolve("shared").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains(dir.resolve("shared").resolve("data").resolve("ptc").toString()), run.err());
        assertEquals(1, Run.withoutAnalyzer("train", "ptc", "--shared", dir.resolve("shared").toString()).code());
    }

    @Test
    void evalStanceWithoutDataNamesTheDirectory() throws Exception {
        Files.createDirectories(dir.resolve("shared"));
        String shared = dir.resolve("shared").toString();
        Run fnc1 = Run.withoutAnalyzer("eval", "fnc1", "--shared", shared);
        assertEquals(1, fnc1.code());
        assertTrue(fnc1.err().contains(dir.resolve("shared").resolve("data").resolve("fnc1").toString()), fnc1.err());
        Run emergent = Run.withoutAnalyzer("eval", "emergent", "--shared", shared);
        assertEquals(1, emergent.code());
        assertTrue(emergent.err().contains(dir.resolve("shared").resolve("data").resolve("emergent").toString()),
                emergent.err());
    }

    @Test
    void evalPolnearRefusesAnUnwritableErrorsFileBeforeAnalysing() throws Exception {
        Path polnear = dir.resolve("shared").resolve("data").resolve("polnear").resolve("dev");
        Files.createDirectories(polnear.resolve("text"));
        Files.createDirectories(polnear.resolve("attributions"));
        String shared = dir.resolve("shared").toString();
        String unwritable = dir.resolve("missing").resolve("errors.tsv").toString();
        Run run = Run.withoutAnalyzer("eval", "polnear", "--split", "dev", "--shared", shared, "--errors", unwritable);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("cannot write the --errors file " + unwritable), run.err());
        Run both = Run.withoutAnalyzer("eval", "polnear", "--split", "dev", "--shared", shared, "--agreement",
                "--baseline", "corenlp");
        assertEquals(2, both.code(), both.err());
        assertTrue(both.err().contains("--agreement"), both.err());
        Run negative = Run.withoutAnalyzer("eval", "polnear", "--split", "dev", "--shared", shared, "--bootstrap",
                "-1");
        assertEquals(2, negative.code(), negative.err());
        assertTrue(negative.err().contains("--bootstrap must be 0 or more, got -1"), negative.err());
        Run agreementDraws = Run.withoutAnalyzer("eval", "polnear", "--split", "dev", "--shared", shared,
                "--agreement", "--bootstrap", "100");
        assertEquals(2, agreementDraws.code(), agreementDraws.err());
    }
}
