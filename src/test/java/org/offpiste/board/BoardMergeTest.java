package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;

/** Merging two near-duplicates on a real project file: one undoable action. */
class BoardMergeTest {
    @TempDir
    Path dir;

    @Test
    void mergeKeepsTheTitleUnitesTagsAppendsTheDroppedIdeaAndUndoBringsBothBack() {
        try (Project project = new SqliteProjectFiles().create(dir.resolve("merge.offpiste"))) {
            BoardService board = new BoardService(project.ideas(), () -> "Camille");
            Idea keep = board.add("Night skiing with lanterns", "Lanterns along the blue run.", List.of("night", "snow"),
                    IdeaStatus.SHORTLIST);
            Idea drop = board.add("Lantern-lit night runs", "Guests carry their own lantern.", List.of("night", "guests"),
                    IdeaStatus.INBOX);

            Idea merged = board.merge(keep.id(), drop.id(), "Fusionné depuis");

            assertThat(merged.title()).isEqualTo("Night skiing with lanterns");
            assertThat(merged.status()).isEqualTo(IdeaStatus.SHORTLIST);
            assertThat(merged.tags()).containsExactlyInAnyOrder("night", "snow", "guests");
            assertThat(merged.body()).isEqualTo("Lanterns along the blue run.\n\n"
                    + "Fusionné depuis: Lantern-lit night runs\nGuests carry their own lantern.");
            assertThat(project.ideas().find(drop.id())).isEmpty();
            assertThat(board.undoKind()).contains(BoardEdit.Kind.MERGE);

            board.undo();
            Idea keptBack = project.ideas().find(keep.id()).orElseThrow();
            Idea droppedBack = project.ideas().find(drop.id()).orElseThrow();
            assertThat(List.of(keptBack.title(), keptBack.body(), keptBack.tags(), keptBack.status()))
                    .isEqualTo(List.of(keep.title(), keep.body(), keep.tags(), keep.status()));
            assertThat(List.of(droppedBack.title(), droppedBack.body(), droppedBack.tags(), droppedBack.status()))
                    .isEqualTo(List.of(drop.title(), drop.body(), drop.tags(), drop.status()));
            assertThat(droppedBack.createdAt()).isEqualTo(drop.createdAt());
            assertThat(project.ideas().count()).isEqualTo(2);

            board.redo();
            assertThat(project.ideas().find(drop.id())).isEmpty();
            assertThat(project.ideas().find(keep.id()).orElseThrow().body()).contains("Fusionné depuis: Lantern-lit");
        }
    }
}
