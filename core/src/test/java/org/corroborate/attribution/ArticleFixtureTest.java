package org.corroborate.attribution;

import static org.corroborate.attribution.SharedAnalyzer.analyze;
import static org.corroborate.attribution.SharedAnalyzer.dump;
import static org.corroborate.attribution.SharedAnalyzer.the;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.corroborate.model.Analysis;
import org.corroborate.model.SourceType;
import org.corroborate.model.Statement;
import org.corroborate.model.StatementKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A short invented article (fixtures/kelby-flood.txt) with a multi-paragraph quote and a continuation. */
class ArticleFixtureTest {
    private static Analysis analysis;

    @BeforeAll
    static void analyzeFixture() throws IOException {
        try (InputStream in = ArticleFixtureTest.class.getResourceAsStream("/fixtures/kelby-flood.txt")) {
            assertNotNull(in, "fixture missing");
            analysis = analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void multiParagraphQuoteIsOneDirectStatementFromTheSpeakerNamedAtItsEnd() {
        Statement s = the(analysis, "lost the orchard");
        assertEquals(StatementKind.DIRECT, s.kind(), () -> dump(analysis));
        assertTrue(s.content().text().contains("starting again from nothing"), () -> dump(analysis));
        assertEquals("Ivo Harn", s.source().name(), () -> dump(analysis));
        assertEquals(SourceType.PERSON, s.source().type());
        assertTrue(s.source().description().contains("farmer"), () -> dump(analysis));
        assertEquals("say", s.cue().lemma());
    }

    @Test
    void quoteParagraphWithoutCueContinuesTheLastSpeaker() {
        Statement s = the(analysis, "insurance will not cover");
        assertEquals(StatementKind.DIRECT, s.kind(), () -> dump(analysis));
        assertEquals("Ivo Harn", s.source().name(), () -> dump(analysis));
        assertNull(s.cue(), () -> dump(analysis));
    }

    @Test
    void scenesettingSentenceIsNotAStatement() {
        assertTrue(analysis.statements().stream().noneMatch(s -> s.content().text().contains("sports hall")),
                () -> dump(analysis));
    }

    @Test
    void councilIsAnOrganisationWithIndirectStatement() {
        Statement s = the(analysis, "send help");
        assertEquals(StatementKind.INDIRECT, s.kind(), () -> dump(analysis));
        assertEquals(SourceType.ORGANIZATION, s.source().type(), () -> dump(analysis));
        assertTrue(s.source().name().contains("council"), () -> dump(analysis));
    }
}
