package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;

/** The board's undo and redo against a real project file. */
class BoardOnFileTest {
    @TempDir
    Path dir;

    @Test
    void addUndoRedoBringsTheIdeaBackWithItsIdAndTags() {
        try (Project p = StoreTesting.files().create(dir.resolve("p.offpiste"))) {
            BoardService board = new BoardService(p.ideas(), () -> "Ana");
            Idea added = board.add("Glow-in-the-dark piste", "Paint the moguls", List.of("night", "Paint"),
                    IdeaStatus.INBOX);
            board.undo();
            assertThat(p.ideas().find(added.id())).isEmpty();
            assertThat(p.ideas().queryIds(IdeaQuery.all().withText("glow"))).isEmpty();
            board.redo();
            Idea back = p.ideas().find(added.id()).orElseThrow();
            assertThat(back).isEqualTo(added);
            assertThat(back.tags()).containsExactly("night", "Paint");
            assertThat(p.ideas().queryIds(IdeaQuery.all().withText("glow"))).containsExactly(added.id());
        }
    }

    @Test
    void editAndDeleteUndoAndRedo() {
        try (Project p = StoreTesting.files().create(dir.resolve("p.offpiste"))) {
            BoardService board = new BoardService(p.ideas(), () -> "Ana");
            Idea a = board.add("First", "", List.of("x"), IdeaStatus.INBOX);
            board.edit(a.id(), "Second", "more", List.of("y"), IdeaStatus.SHORTLIST);
            board.undo();
            Idea undone = p.ideas().find(a.id()).orElseThrow();
            assertThat(undone.title()).isEqualTo("First");
            assertThat(undone.tags()).containsExactly("x");
            assertThat(p.ideas().queryIds(IdeaQuery.all().withText("second"))).isEmpty();
            board.redo();
            assertThat(p.ideas().find(a.id()).orElseThrow().title()).isEqualTo("Second");
            board.delete(a.id());
            assertThat(p.ideas().count()).isZero();
            board.undo();
            assertThat(p.ideas().find(a.id()).orElseThrow().tags()).containsExactly("y");
            board.redo();
            assertThat(p.ideas().find(a.id())).isEmpty();
        }
    }

    @Test
    void undoOfAnImportRemovesEveryImportedIdeaInOneStep() {
        try (Project p = StoreTesting.files().create(dir.resolve("p.offpiste"))) {
            BoardService board = new BoardService(p.ideas(), () -> "Ana");
            board.addAll(List.of(new NewIdea("a", "", List.of(), IdeaStatus.INBOX, "csv"),
                    new NewIdea("b", "", List.of("t"), IdeaStatus.PARKED, "csv")));
            assertThat(p.ideas().count()).isEqualTo(2);
            board.undo();
            assertThat(p.ideas().count()).isZero();
            assertThat(p.ideas().tags()).isEmpty();
            board.redo();
            assertThat(p.ideas().count()).isEqualTo(2);
        }
    }
}
