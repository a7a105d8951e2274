package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaComment;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.VersionKind;
import org.offpiste.project.Project;

/** Versions and comments of files written by version 4, and of files from before it. */
@Tag("file")
class LineageFileTest {
    @TempDir
    Path dir;

    @Test
    void theVersionFourSeedReadsItsVersionsAndCommentThroughTheStores() throws Exception {
        Path file = MigrationsTest.fileAtVersion(dir.resolve("v4.offpiste"), 4);
        try (Project p = new SqliteProjectFiles().open(file)) {
            var history = p.versions().history(1);
            assertThat(history).extracting(IdeaVersion::kind).containsExactly(VersionKind.CREATED, VersionKind.REFINED);
            IdeaVersion refined = history.get(1);
            assertThat(refined.parentId()).isEqualTo(history.get(0).id());
            assertThat(refined.title()).isEqualTo("Télésiège lanterns");
            assertThat(refined.madeBy()).isEqualTo("ollama · llama3.2");
            assertThat(refined.byModel()).isTrue();
            assertThat(refined.instruction()).isEqualTo("make it cheaper");
            assertThat(refined.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:06:00Z"));
            assertThat(p.versions().head(2).orElseThrow().tags()).containsExactly("event", "night");
            assertThat(p.comments().comments(1)).containsExactly(new IdeaComment(1, 1, "Ben",
                    "Cheap enough for March?", Instant.parse("2026-01-02T03:20:00Z")));
            assertThat(p.comments().counts()).containsExactly(java.util.Map.entry(1L, 1));
        }
    }

    @Test
    void aVersionThreeFileGivesEachIdeaACreatedVersionOfWhatItHolds() throws Exception {
        Path file = MigrationsTest.fileAtVersion(dir.resolve("v3.offpiste"), 3);
        try (Project p = new SqliteProjectFiles().open(file)) {
            IdeaVersion lanterns = p.versions().history(1).get(0);
            assertThat(p.versions().history(1)).hasSize(1);
            assertThat(lanterns.kind()).isEqualTo(VersionKind.CREATED);
            assertThat(lanterns.title()).isEqualTo("Télésiège lanterns");
            assertThat(lanterns.body()).isEqualTo("Lights along the lift");
            assertThat(lanterns.tags()).containsExactly("night");
            assertThat(lanterns.madeBy()).isEqualTo("Ana");
            assertThat(lanterns.byModel()).isFalse();

            IdeaVersion race = p.versions().head(2).orElseThrow();
            assertThat(race.title()).isEqualTo("Moonlight race");
            assertThat(race.tags()).containsExactly("event", "night");
            assertThat(race.madeBy()).isEqualTo("ollama · llama3.2");
            assertThat(race.byModel()).isTrue();
            assertThat(race.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:07:00Z"));
            assertThat(p.comments().comments(2)).isEmpty();
        }
    }
}
