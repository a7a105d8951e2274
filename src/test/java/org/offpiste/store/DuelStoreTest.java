package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;

/** Duels in a real project file. */
class DuelStoreTest {
    @TempDir
    Path dir;

    private static long idea(Project p, String title) {
        return p.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.INBOX, "Ana")).id();
    }

    @Test
    void addedDuelsSurviveReopeningOldestFirstWithTheirRaterAndTime() {
        Path file = dir.resolve("a.offpiste");
        long a;
        long b;
        DuelRecord first;
        try (Project p = StoreTesting.files(new StepClock()).create(file)) {
            a = idea(p, "Lanterns");
            b = idea(p, "Fondue");
            first = p.duels().add(a, b, Duel.Result.LEFT, " Ana ");
            p.duels().add(b, a, Duel.Result.TIE, null);
            p.duels().add(b, a, Duel.Result.RIGHT, "Ben");
            assertThat(first.id()).isPositive();
            assertThat(first.rater()).isEqualTo("Ana");
        }
        try (Project p = StoreTesting.files().open(file)) {
            List<DuelRecord> read = p.duels().duels();
            assertThat(read).extracting(DuelRecord::duel).containsExactly(
                    new Duel(a, b, Duel.Result.LEFT), new Duel(b, a, Duel.Result.TIE), new Duel(b, a, Duel.Result.RIGHT));
            assertThat(read).extracting(DuelRecord::rater).containsExactly("Ana", "", "Ben");
            assertThat(read.get(0)).isEqualTo(first);
            assertThat(read.get(0).createdAt()).isBefore(read.get(1).createdAt());
            assertThat(p.duels().allDuels()).isEqualTo(read);
        }
    }

    @Test
    void removeForgetsOneDuel() {
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            long a = idea(p, "Lanterns");
            long b = idea(p, "Fondue");
            DuelRecord kept = p.duels().add(a, b, Duel.Result.LEFT, "Ana");
            DuelRecord undone = p.duels().add(a, b, Duel.Result.RIGHT, "Ana");
            p.duels().remove(undone.id());
            assertThat(p.duels().duels()).containsExactly(kept);
            p.duels().remove(undone.id());
            assertThat(p.duels().allDuels()).containsExactly(kept);
        }
    }

    @Test
    void duelsAreOnlyBetweenLiveIdeasButAllDuelsKeepsTheRest() {
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            long a = idea(p, "Lanterns");
            long b = idea(p, "Fondue");
            long c = idea(p, "Moon race");
            DuelRecord live = p.duels().add(a, b, Duel.Result.LEFT, "Ana");
            DuelRecord gone = p.duels().add(c, a, Duel.Result.RIGHT, "Ana");
            DuelRecord goneToo = p.duels().add(b, c, Duel.Result.TIE, "Ana");
            p.ideas().delete(c);
            assertThat(p.duels().duels()).containsExactly(live);
            assertThat(p.duels().allDuels()).containsExactly(live, gone, goneToo);
        }
    }

    @Test
    void aDuelNeedsTwoDifferentExistingIdeas() {
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            long a = idea(p, "Lanterns");
            assertThatThrownBy(() -> p.duels().add(a, a, Duel.Result.LEFT, "Ana"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> p.duels().add(a, 9999, Duel.Result.LEFT, "Ana"))
                    .isInstanceOf(ProjectException.class);
            assertThat(p.duels().allDuels()).isEmpty();
        }
    }

    @Tag("file")
    @Test
    void theVersion4SeedReadsItsTwoDuels() throws Exception {
        Path file = MigrationsTest.fileAtVersion(dir.resolve("v4.offpiste"), 4);
        try (Project p = StoreTesting.files().open(file)) {
            List<DuelRecord> read = p.duels().duels();
            assertThat(read).containsExactly(
                    new DuelRecord(1, 1, 2, Duel.Result.LEFT, "Ana", Instant.parse("2026-01-02T03:50:00Z")),
                    new DuelRecord(2, 2, 1, Duel.Result.TIE, "", Instant.parse("2026-01-02T03:51:00Z")));
            DuelRecord added = p.duels().add(1, 2, Duel.Result.RIGHT, "Ben");
            assertThat(added.id()).isEqualTo(3);
        }
    }
}
