package org.offpiste.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;

/** Duels on a real project file: pairs to learn most, record and undo, and the fit. */
class DuelServiceTest {
    @TempDir
    Path dir;
    private Project project;
    private DuelService service;
    private List<Long> ideas;

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("a.offpiste"));
        service = new DuelService(project.duels(), new SplittableRandom(7));
        ideas = new ArrayList<>();
        for (String title : List.of("Lanterns", "Fondue", "Moon race", "Snow cinema")) {
            ideas.add(project.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.INBOX, "Ana")).id());
        }
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void nextIsEmptyBelowTwoIdeas() {
        assertThat(service.next(List.of())).isEmpty();
        assertThat(service.next(List.of(ideas.get(0)))).isEmpty();
    }

    @Test
    void nextPrefersTheIdeaNeverCompared() {
        long a = ideas.get(0);
        long b = ideas.get(1);
        long c = ideas.get(2);
        long d = ideas.get(3);
        service.record(a, b, Duel.Result.LEFT, "Ana");
        service.record(b, c, Duel.Result.LEFT, "Ana");
        service.record(c, a, Duel.Result.TIE, "Ana");

        for (int k = 0; k < 10; k++) {
            assertThat(service.next(ideas).orElseThrow()).contains(d);
        }
    }

    @Test
    void nextShowsEachSideAtRandomAndNeverTheSameIdeaTwice() {
        Set<Long> leftOfFirst = new HashSet<>();
        List<Long> two = ideas.subList(0, 2);
        for (int k = 0; k < 40; k++) {
            long[] pair = service.next(two, List.of()).orElseThrow();
            assertThat(pair[0]).isNotEqualTo(pair[1]);
            leftOfFirst.add(pair[0]);
        }
        assertThat(leftOfFirst).containsExactlyInAnyOrderElementsOf(two);
    }

    @Test
    void recordStoresTheRaterAndUndoForgetsIt() {
        DuelRecord first = service.record(ideas.get(0), ideas.get(1), Duel.Result.LEFT, " Ana ");
        DuelRecord second = service.record(ideas.get(2), ideas.get(3), Duel.Result.TIE, null);
        assertThat(first.rater()).isEqualTo("Ana");
        assertThat(second.rater()).isEmpty();

        service.undo(second);

        assertThat(project.duels().duels()).containsExactly(first);
    }

    @Test
    void strengthsPutTheWinnerFirstWithWideIntervalsForFewDuels() {
        long a = ideas.get(0);
        long b = ideas.get(1);
        for (int k = 0; k < 4; k++) {
            service.record(a, b, Duel.Result.LEFT, "Ana");
        }
        service.record(ideas.get(2), a, Duel.Result.RIGHT, "Ana");

        List<Strength> strengths = service.strengths(ideas);

        assertThat(strengths.get(0).ideaId()).isEqualTo(a);
        assertThat(strengths.get(0).duels()).isEqualTo(5);
        assertThat(strengths.get(0).winChance()).isGreaterThan(0.5);
        Strength once = strengths.stream().filter(s -> s.ideaId() == ideas.get(2)).findFirst().orElseThrow();
        assertThat(once.duels()).isEqualTo(1);
        assertThat(once.high() - once.low()).isGreaterThan(0.5);
        assertThat(strengths).as("the idea never compared has no figure").extracting(Strength::ideaId)
                .containsExactlyInAnyOrder(a, b, ideas.get(2));
    }

    @Test
    void theFitIsKeptUntilTheDuelsChange() {
        service.record(ideas.get(0), ideas.get(1), Duel.Result.LEFT, "Ana");
        List<Strength> first = service.strengths(ideas);
        assertThat(service.strengths(ideas)).isSameAs(first);

        DuelRecord added = service.record(ideas.get(1), ideas.get(0), Duel.Result.LEFT, "Ana");
        List<Strength> after = service.strengths(ideas);
        assertThat(after).isNotSameAs(first);
        assertThat(service.strengths(ideas.subList(0, 3))).isNotSameAs(after).hasSize(2);

        service.undo(added);
        assertThat(service.strengths(ideas)).isEqualTo(first);
    }

    @Test
    void theWinChancesAreAmongTheIdeasThatDuelledEachOtherOnly() {
        long a = ideas.get(0);
        long b = ideas.get(1);
        service.record(a, b, Duel.Result.LEFT, "Ana");
        service.record(a, ideas.get(2), Duel.Result.LEFT, "Ana");

        List<Strength> withAnIdle = service.strengths(List.of(a, b, ideas.get(3)));
        List<Strength> pair = service.strengths(List.of(a, b));

        assertThat(withAnIdle).extracting(Strength::ideaId).containsExactly(a, b);
        assertThat(withAnIdle).isEqualTo(pair);
    }

    @Test
    void aDeletedIdeasDuelsCountNoMore() {
        long a = ideas.get(0);
        long b = ideas.get(1);
        service.record(a, b, Duel.Result.LEFT, "Ana");
        service.record(a, ideas.get(2), Duel.Result.LEFT, "Ana");
        project.ideas().delete(ideas.get(2));

        List<Strength> strengths = service.strengths(List.of(a, b));

        assertThat(strengths).extracting(Strength::duels).containsExactly(1, 1);
    }
}
