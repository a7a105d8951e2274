package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.EditResult;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.NewIdea;
import org.offpiste.board.NewVersion;
import org.offpiste.board.VersionChange;
import org.offpiste.board.VersionKind;
import org.offpiste.board.WrittenEdit;
import org.offpiste.project.Project;
import org.offpiste.testing.MutableClock;

/** Optimistic edits in a real project file: a stale base is refused, nothing is overwritten, both texts stay. */
class ConflictingEditsTest {
    @TempDir
    Path dir;

    private static NewVersion edited(String by) {
        return new NewVersion(VersionKind.EDITED, "", "", List.of(), by, false, null, null, null);
    }

    private static Idea text(Idea idea, String title) {
        return idea.withContent(title, title + " body", List.of("night"), idea.status());
    }

    @Test
    void aWriteBasedOnAStaleStateIsRefusedAndOverwritesNothing() {
        try (Project p = new SqliteProjectFiles(new StepClock()).create(dir.resolve("p.offpiste"))) {
            Idea seen = p.ideas().add(new NewIdea("Lanterns", "", List.of(), IdeaStatus.INBOX, "Ana"));

            Optional<WrittenEdit> ben = p.ideas().updateIfUnchanged(text(seen, "Ben's lanterns"), seen.updatedAt(),
                    VersionChange.add(edited("Ben")));
            Optional<WrittenEdit> ana = p.ideas().updateIfUnchanged(text(seen, "Ana's lanterns"), seen.updatedAt(),
                    VersionChange.add(edited("Ana")));

            assertThat(ben).isPresent();
            assertThat(ben.get().idea().updatedAt()).isAfter(seen.updatedAt());
            assertThat(ana).isEmpty();
            Idea now = p.ideas().find(seen.id()).orElseThrow();
            assertThat(now.title()).isEqualTo("Ben's lanterns");
            assertThat(now.updatedAt()).isEqualTo(ben.get().idea().updatedAt());
            List<IdeaVersion> history = p.versions().history(seen.id());
            assertThat(history).extracting(IdeaVersion::title).containsExactly("Lanterns", "Ben's lanterns");
            IdeaVersion version = ben.get().version();
            assertThat(version).isEqualTo(history.get(1));
            assertThat(version.parentId()).isEqualTo(history.get(0).id());
            assertThat(version.madeBy()).isEqualTo("Ben");
            assertThat(version.tags()).containsExactly("night");
            assertThat(p.ideas().queryIds(org.offpiste.board.IdeaQuery.all().withText("ben"))).containsExactly(seen.id());
        }
    }

    @Test
    void aDeletedIdeaIsGoneNotAConflict() {
        try (Project p = new SqliteProjectFiles(new StepClock()).create(dir.resolve("p.offpiste"))) {
            Idea seen = p.ideas().add(new NewIdea("Lanterns", "", List.of(), IdeaStatus.INBOX, "Ana"));
            p.ideas().delete(seen.id());

            assertThatThrownBy(() -> p.ideas().updateIfUnchanged(text(seen, "Mine"), seen.updatedAt(),
                    VersionChange.none())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aWriteFromAMachineWhoseClockIsBehindStillMovesTheIdeaForward() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
        try (Project p = new SqliteProjectFiles(clock).create(dir.resolve("p.offpiste"))) {
            Idea seen = p.ideas().add(new NewIdea("Lanterns", "", List.of(), IdeaStatus.INBOX, "Ana"));
            clock.set(Instant.parse("2026-11-29T09:00:00Z")); // this machine's clock is behind

            Idea written = p.ideas().updateIfUnchanged(text(seen, "Mine"), seen.updatedAt(), VersionChange.none())
                    .orElseThrow().idea();

            assertThat(written.updatedAt()).isEqualTo(seen.updatedAt().plusMillis(1));
            assertThat(p.ideas().updateIfUnchanged(text(seen, "Stale"), seen.updatedAt(), VersionChange.none())).isEmpty();
        }
    }

    @Test
    void twoPeopleEditingOneIdeaGetAConflictAndBothTextsAreKeptAsVersions() {
        try (Project p = new SqliteProjectFiles(new StepClock()).create(dir.resolve("p.offpiste"))) {
            BoardService ana = new BoardService(p.ideas(), () -> "Ana");
            BoardService ben = new BoardService(p.ideas(), () -> "Ben");
            Idea seen = ana.add("Lanterns", "", List.of(), IdeaStatus.INBOX);

            EditResult byBen = ben.edit(seen, "Ben's lanterns", "Along the lift", List.of("night"), IdeaStatus.INBOX);
            EditResult byAna = ana.saveDraft(new Object(), seen, "Ana's lanterns", "On every chair", List.of(),
                    IdeaStatus.INBOX);

            assertThat(byBen.conflicted()).isFalse();
            assertThat(byAna.conflicted()).isTrue();
            assertThat(byAna.conflict().by()).isEqualTo("Ben");
            assertThat(byAna.idea().title()).isEqualTo("Ben's lanterns");
            assertThat(p.ideas().find(seen.id()).orElseThrow().title()).isEqualTo("Ben's lanterns");
            List<IdeaVersion> history = p.versions().history(seen.id());
            assertThat(history).extracting(IdeaVersion::kind).containsExactly(VersionKind.CREATED, VersionKind.EDITED,
                    VersionKind.CONFLICTED);
            IdeaVersion mine = history.get(2);
            assertThat(mine).isEqualTo(byAna.conflict().mine());
            assertThat(mine.title()).isEqualTo("Ana's lanterns");
            assertThat(mine.body()).isEqualTo("On every chair");
            assertThat(mine.madeBy()).isEqualTo("Ana");
            assertThat(mine.parentId()).isEqualTo(history.get(1).id()).isEqualTo(byAna.conflict().theirs().id());

            Idea restored = ana.restore(mine.id());

            assertThat(restored.title()).isEqualTo("Ana's lanterns");
            assertThat(p.versions().history(seen.id())).extracting(IdeaVersion::title)
                    .contains("Ben's lanterns", "Ana's lanterns");
        }
    }

    @Test
    void aFileOfVersionFourTakesConflictingVersionsOnceMigrated() throws Exception {
        Path file = MigrationsTest.fileAtVersion(dir.resolve("v4.offpiste"), 4);
        try (Project p = new SqliteProjectFiles().open(file)) {
            Idea lanterns = p.ideas().find(1).orElseThrow();
            IdeaVersion mine = p.versions().add(1, new NewVersion(VersionKind.CONFLICTED, "Mine", "", List.of(), "Ana",
                    false, null, 2L, null));

            assertThat(p.versions().history(lanterns.id())).extracting(IdeaVersion::kind)
                    .containsExactly(VersionKind.CREATED, VersionKind.REFINED, VersionKind.CONFLICTED);
            assertThat(mine.id()).isEqualTo(3 + 1); // after the seed's three versions: ids are never reused
            assertThat(StoreTesting.scalar(p, "PRAGMA foreign_key_check")).isNull();
            assertThat(StoreTesting.scalar(p, "SELECT sql FROM sqlite_schema WHERE name = 'idea_version'"))
                    .doesNotContain("idea_version_new").contains("REFERENCES \"idea_version\" (id) ON DELETE SET NULL");
            assertThat(StoreTesting.scalar(p, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void theVersionFiveSeedReadsItsConflictingVersion() throws Exception {
        Path file = MigrationsTest.fileAtVersion(dir.resolve("v5.offpiste"), 5);
        try (Project p = new SqliteProjectFiles().open(file)) {
            IdeaVersion mine = p.versions().find(4).orElseThrow();
            assertThat(mine.kind()).isEqualTo(VersionKind.CONFLICTED);
            assertThat(mine.parentId()).isEqualTo(2L);
            assertThat(mine.madeBy()).isEqualTo("Ben");
        }
    }
}
