package org.corroborate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Furniture;
import org.corroborate.model.Hedge;
import org.corroborate.model.HedgeCategory;
import org.corroborate.model.Quantity;
import org.corroborate.model.SourceType;
import org.corroborate.model.SourcingProfile;
import org.corroborate.model.Stance;
import org.corroborate.model.Statement;
import org.corroborate.model.StatementKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article the project started from (../shared/seed/aleppo.txt): what a user sees first. */
class SeedArticleTest {
    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws IOException {
        Path seed = Path.of(System.getProperty("corroborate.shared", "../shared"), "seed", "aleppo.txt");
        if (!Files.exists(seed)) {
            System.err.println("SeedArticleTest skipped: " + seed + " not found (../shared is absent)");
        }
        assumeTrue(Files.exists(seed), "skipped: ../shared/seed/aleppo.txt not found");
        analysis = Analyzer.create().analyze(new Article("aleppo.txt", Files.readString(seed)));
    }

    private static List<Statement> by(String name) {
        return analysis.statements().stream().filter(s -> s.source().name().equals(name)).toList();
    }

    private static boolean any(List<Statement> statements, Predicate<Statement> p) {
        return statements.stream().anyMatch(p);
    }

    @Test
    void phelanReportsFromTheScene() {
        List<Statement> phelan = by("Lizzie Phelan");
        assertTrue(any(phelan, s -> s.kind() == StatementKind.DIRECT && s.content().text().contains("no sound of gunfire")));
        // the opening sentence: "Locals in Aleppo refute reports ..., RT's Lizzie Phelan reported from the scene."
        assertTrue(any(phelan, s -> s.content().text().startsWith("Locals in Aleppo refute")), phelan::toString);
        assertEquals(SourceType.PERSON, phelan.get(0).source().type());
    }

    @Test
    void reutersReportsAllegations() {
        List<Statement> reuters = by("Reuters");
        assertTrue(any(reuters, s -> s.content().text().contains("opened fire on the medical convoy")));
        assertEquals(SourceType.MEDIA, reuters.get(0).source().type());
    }

    @Test
    void unnamedSpokesmanComesViaReuters() {
        Statement s = analysis.statements().stream()
                .filter(x -> x.content().text().contains("fired at us")).findFirst().orElseThrow();
        assertEquals(SourceType.ANONYMOUS, s.source().type());
        assertTrue(s.source().name().contains("spokesman for the civil defense rescue service"), s.source().name());
        assertEquals("Reuters", s.via().get(0).name());
    }

    @Test
    void sedkyHasThreeStatementsIncludingTwoQuotes() {
        List<Statement> sedky = by("Ingy Sedky");
        assertEquals(3, sedky.size(), sedky.toString());
        assertEquals(2, sedky.stream().filter(s -> s.kind() == StatementKind.DIRECT).count());
        assertTrue(sedky.get(0).source().description().contains("spokesperson for the ICRC"));
        assertTrue(any(sedky, s -> s.source().text().equals("she")), "the pronoun resolves to her");
        assertTrue(any(sedky, s -> s.cue() == null && s.content().text().startsWith("The operation is going well")),
                "the second quote continues her statement");
    }

    @Test
    void ministryAndReconciliationCenter() {
        assertTrue(any(by("Russian Defense Ministry"), s -> s.content().text().contains("up to 100,000 people")));
        List<Statement> center = by("Russian Reconciliation Center");
        assertTrue(any(center, s -> s.cue().lemma().equals("according to")
                && s.content().text().contains("2.5 square kilometers")));
        assertEquals(SourceType.ORGANIZATION, center.get(0).source().type());
    }

    @Test
    void hamudQuotedThenReported() {
        List<Statement> hamud = by("Muhammad Hamud");
        assertEquals(2, hamud.size(), hamud.toString());
        assertTrue(any(hamud, s -> s.kind() == StatementKind.DIRECT && s.content().text().startsWith("This is one")));
        assertTrue(any(hamud, s -> s.source().text().equals("He") && s.content().text().contains("15 captives")));
    }

    @Test
    void conflictArmamentResearch() {
        List<Statement> car = by("Conflict Armament Research");
        assertTrue(any(car, s -> s.content().text().contains("IS factories in Iraq")));
        assertEquals(SourceType.ORGANIZATION, car.get(0).source().type());
    }

    @Test
    void scareQuotedPhraseIsNotAStatement() {
        assertFalse(any(analysis.statements(), s -> s.content().text().contains("via an online messaging service")));
    }

    @Test
    void offsetsPointIntoTheText() {
        for (Statement s : analysis.statements()) {
            assertEquals(s.content().text(), analysis.text().substring(s.content().start(), s.content().end()));
            if (s.cue() != null) {
                assertEquals(s.cue().text(), analysis.text().substring(s.cue().start(), s.cue().end()));
            }
        }
    }

    @Test
    void hedgesAndTheScareQuotedSpokesman() {
        for (String word : List.of("purportedly", "allegedly", "apparently")) {
            assertTrue(analysis.hedges().stream().anyMatch(h -> h.text().equals(word)
                    && h.category() == HedgeCategory.HEDGE), word + " in " + analysis.hedges());
        }
        Hedge spokesman = analysis.hedges().stream()
                .filter(h -> h.text().contains("spokesman for the civil defense rescue service"))
                .findFirst().orElseThrow(() -> new AssertionError(analysis.hedges().toString()));
        assertEquals(HedgeCategory.DISTANCING, spokesman.category());
        assertTrue(spokesman.text().startsWith("'"), spokesman.text());
        assertTrue(analysis.statements().get(spokesman.statement()).content().text().contains("fired at us"));
    }

    @Test
    void refutingAndDistancingCues() {
        assertTrue(any(analysis.statements(), s -> s.cue() != null && s.cue().text().equals("refute")
                && s.stance() == Stance.REFUTING));
        assertTrue(any(analysis.statements(), s -> s.cue() != null && s.cue().text().equals("claimed")
                && s.stance() == Stance.DISTANCING));
    }

    @Test
    void profileShowsRtCitingItsOwnStaff() {
        SourcingProfile p = analysis.profile();
        assertEquals("RT", p.outlet());
        assertTrue(p.ownStaffSources().containsAll(List.of("Lizzie Phelan", "Murad Gazdiev")), p.toString());
        assertTrue(p.named() > p.unnamed(), p.toString());
        assertTrue(p.ownVoiceWords() > 0 && p.attributedWords() > 0, p.toString());
    }

    @Test
    void loadedLabelsForTheArmedGroups() {
        assertTrue(analysis.terms().stream().anyMatch(t -> t.term().equals("terrorist")));
        assertTrue(analysis.terms().stream().anyMatch(t -> t.term().equals("militant")));
        assertTrue(analysis.terms().stream().anyMatch(t -> t.term().equals("liberate")));
    }

    @Test
    void quantitiesCarryTheirSources() {
        Quantity evacuated = quantity("up to 100,000 people");
        assertEquals(100000.0, evacuated.value());
        assertEquals("up to", evacuated.qualifier());
        assertEquals("Russian Defense Ministry", evacuated.source().name());
        Quantity children = quantity("40,000 children");
        assertEquals(40000.0, children.value());
        assertEquals("children", children.unit());
        assertEquals("Russian Defense Ministry", children.source().name());
        Quantity area = quantity("2.5 square kilometers");
        assertEquals(2.5, area.value());
        assertEquals("square kilometers", area.unit());
        assertEquals("Russian Reconciliation Center", area.source().name());
        Quantity captives = quantity("around 15 captives");
        assertEquals(15.0, captives.value());
        assertEquals("around", captives.qualifier());
        assertEquals("Muhammad Hamud", captives.source().name());
        assertTrue(analysis.quantities().stream().noneMatch(q -> q.text().contains("2016")), "dates are not quantities");
    }

    private static Quantity quantity(String words) {
        return analysis.quantities().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity '" + words + "' in " + analysis.quantities()));
    }

    @Test
    void theLeadingPhotoCreditIsFurnitureAndSaysNothing() {
        Furniture credit = analysis.furniture().get(0);
        assertTrue(credit.text().startsWith("© ReutersTV / ReutersA still image from video"), credit.text());
        assertTrue(credit.text().endsWith("Video released December 13, 2016."), credit.text());
        assertFalse(any(analysis.statements(), s -> s.content().overlaps(credit.start(), credit.end())));
        assertTrue(analysis.quantities().stream().noneMatch(q -> q.start() < credit.end() && credit.start() < q.end()));
    }
}
