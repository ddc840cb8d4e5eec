package org.corroborate.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.model.Analysis;
import org.junit.jupiter.api.Test;

/** The bench mechanics on the made-up fixture, with a stand-in analysis and the stock phase skipped. */
class BenchTest {

    @Test
    void measuresOurPhase() throws Exception {
        Path fixture = Path.of(BenchTest.class.getResource("/polnear-fixture").toURI());
        BenchResult r = Bench.run(fixture, article -> Analysis.of(article, List.of(), List.of()), 2, 0, 0);

        assertEquals(1, r.ours().articles());
        assertEquals(2, r.ours().threads());
        assertEquals(0, r.ours().failed());
        assertEquals(r.ours().articlesPerSecond() / 2, r.ours().articlesPerSecondPerCore(), 1e-9);
        assertTrue(r.ours().peakHeapMb() > 0 && r.ours().sampledPeakHeapMb() > 0);
        assertTrue(r.ours().peakHeapMb() <= r.maxHeapMb() * 1.01);
        assertNull(r.stock());
        assertNull(r.ratio());

        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertEquals("ours", json.at("/ours/name").asText());
        assertTrue(r.toTable().contains("art/s/core"), r.toTable());
    }
}
