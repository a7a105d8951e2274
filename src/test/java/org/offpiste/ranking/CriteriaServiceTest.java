package org.offpiste.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;

/** Criteria from the brief, the built-in ones and the person's own, and weighted scores, on a real file. */
class CriteriaServiceTest {
    @TempDir
    Path dir;
    private Project project;
    private final AtomicReference<String> brief = new AtomicReference<>("");
    private CriteriaService service;

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("a.offpiste"));
        service = new CriteriaService(project.criteria(), brief::get);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private long idea(String title) {
        return project.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.INBOX, "Ana")).id();
    }

    private long id(String name) {
        return service.find(name).orElseThrow().id();
    }

    @Test
    void theBriefsLinesBulletsNumbersAndSemicolonsBecomeCriteria() {
        brief.set("- +20% evening passes\n* Cheap to run; Memorable \n• memorable\n\n2. Works in snow\n3) Safe;;  ");
        assertThat(service.criteria()).extracting(Criterion::name).containsExactly(
                "+20% evening passes", "Cheap to run", "Memorable", "Works in snow", "Safe", "Originality", "Feasibility");
        assertThat(service.criteria()).extracting(Criterion::source).containsExactly(CriterionSource.BRIEF,
                CriterionSource.BRIEF, CriterionSource.BRIEF, CriterionSource.BRIEF, CriterionSource.BRIEF,
                CriterionSource.ORIGINALITY, CriterionSource.FEASIBILITY);
        assertThat(service.criteria()).allSatisfy(c -> assertThat(c.weight()).isEqualTo(1.0));
    }

    @Test
    void anEmptyBriefStillHasOriginalityAndFeasibility() {
        brief.set(null);
        assertThat(service.criteria()).extracting(Criterion::name).containsExactly("Originality", "Feasibility");
        brief.set("Originalité\nFeasibility");
        assertThat(service.criteria()).extracting(Criterion::name).containsExactly("Originality", "Feasibility");
    }

    @Test
    void criteriaThatLeaveTheBriefGoInactiveWithTheirScoresAndComeBack() {
        long a = idea("Lanterns");
        brief.set("Cheap\nMemorable");
        service.rate(a, id("cheap"), "Ana", 2);
        service.rate(a, id("memorable"), "Ana", 4);
        assertThat(service.scores().get(a).score()).isCloseTo(3.0, within(1e-9));
        brief.set("Memorable\nSafe");
        assertThat(service.criteria()).extracting(Criterion::name)
                .containsExactly("Memorable", "Originality", "Feasibility", "Safe");
        assertThat(service.find("cheap")).isEmpty();
        assertThat(service.scores().get(a).score()).isCloseTo(4.0, within(1e-9));
        assertThat(project.criteria().allScores()).hasSize(2);
        brief.set("Cheap\nMemorable\nSafe");
        assertThat(service.criteria()).extracting(Criterion::name).contains("Cheap");
        assertThat(service.scores().get(a).score()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void findsByIdNameIgnoringCaseAndAccentsAndBuiltInNamesInBothLanguages() {
        brief.set("Qualité visuelle");
        long quality = service.criteria().get(0).id();
        assertThat(id("QUALITE VISUELLE")).isEqualTo(quality);
        assertThat(id(String.valueOf(quality))).isEqualTo(quality);
        assertThat(service.find("originalité").orElseThrow().source()).isEqualTo(CriterionSource.ORIGINALITY);
        assertThat(service.find("Originality").orElseThrow().source()).isEqualTo(CriterionSource.ORIGINALITY);
        assertThat(service.find("faisabilite").orElseThrow().source()).isEqualTo(CriterionSource.FEASIBILITY);
        assertThat(service.find("feasibility").orElseThrow().source()).isEqualTo(CriterionSource.FEASIBILITY);
        assertThat(service.find("price")).isEmpty();
        assertThat(service.find(" ")).isEmpty();
    }

    @Test
    void weightedScoreOfHandComputedCase() {
        long a = idea("Lanterns");
        long b = idea("Fondue");
        brief.set("Cheap");
        long cheap = id("cheap");
        long orig = id("originality");
        long feas = id("feasibility");
        service.setWeight(cheap, 2);
        service.setWeight(feas, 0.5);
        service.rate(a, cheap, "Ana", 4);
        service.rate(a, cheap, "Ben", 2);
        service.rate(a, orig, "Ana", 5);
        service.rate(a, feas, "Ben", 1);
        service.rate(b, orig, "Ana", 3);
        // a: cheap mean 3 (w 2), originality 5 (w 1), feasibility 1 (w 0.5) → (6 + 5 + 0.5) / 3.5
        assertThat(service.scores().get(a).score()).isCloseTo(11.5 / 3.5, within(1e-9));
        assertThat(service.scores().get(a).raters()).isEqualTo(2);
        assertThat(service.scores().get(b).score()).isCloseTo(3.0, within(1e-9));
        service.setWeight(orig, 0);
        assertThat(service.scores().get(a).score()).isCloseTo(6.5 / 2.5, within(1e-9));
        assertThat(service.scores()).doesNotContainKey(b);
        assertThat(service.scoresBy("ana").get(a)).containsEntry(cheap, 4).containsEntry(orig, 5).hasSize(2);
        service.unrate(a, cheap, "Ana");
        assertThat(service.scoresBy("Ana").get(a)).doesNotContainKey(cheap);
    }

    @Test
    void refusesScoresOutsideOneToFiveAndNegativeWeights() {
        long a = idea("Lanterns");
        long orig = id("originality");
        assertThatThrownBy(() -> service.rate(a, orig, "Ana", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> service.rate(a, orig, "Ana", 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> service.setWeight(orig, -0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(project.criteria().allScores()).isEmpty();
    }

    @Test
    void ownCriteriaAreAddedRenamedAndRemovedWithTheirScoresKept() {
        long a = idea("Lanterns");
        brief.set("Cheap");
        Criterion own = service.addOwn("  Fits the brand ");
        assertThat(own.source()).isEqualTo(CriterionSource.OWN);
        assertThat(own.weight()).isEqualTo(1.0);
        assertThatThrownBy(() -> service.addOwn("cheap")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.addOwn("Originalité")).isInstanceOf(IllegalArgumentException.class);
        service.rate(a, own.id(), "Ana", 5);
        assertThat(service.rename(own.id(), "On brand").name()).isEqualTo("On brand");
        assertThatThrownBy(() -> service.rename(id("cheap"), "x")).isInstanceOf(IllegalArgumentException.class);
        service.remove(own.id());
        assertThat(service.criteria()).extracting(Criterion::name).containsExactly("Cheap", "Originality", "Feasibility");
        assertThat(service.scores()).isEmpty();
        assertThat(project.criteria().allScores()).hasSize(1);
        assertThat(service.addOwn("on brand").active()).isTrue();
        assertThat(service.scores().get(a).score()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void listenersHearEveryChange() {
        long a = idea("Lanterns");
        AtomicInteger heard = new AtomicInteger();
        service.addListener(heard::incrementAndGet);
        long orig = id("originality");  // first sync adds the built-in ones
        assertThat(heard.get()).isEqualTo(1);
        service.criteria();
        assertThat(heard.get()).isEqualTo(1);
        service.rate(a, orig, "Ana", 3);
        service.setWeight(orig, 2);
        service.unrate(a, orig, "Ana");
        assertThat(heard.get()).isEqualTo(4);
    }

    @Test
    void builtInCriteriaAreNamedInThePersonsLanguage() {
        Criterion orig = service.find("originality").orElseThrow();
        assertThat(CriteriaService.label(orig, new Messages(Messages.FRENCH))).isEqualTo("Originalité");
        assertThat(CriteriaService.label(orig, new Messages(Messages.ENGLISH))).isEqualTo("Originality");
        brief.set("Cheap");
        assertThat(CriteriaService.label(service.find("cheap").orElseThrow(), new Messages(Messages.FRENCH)))
                .isEqualTo("Cheap");
    }
}
