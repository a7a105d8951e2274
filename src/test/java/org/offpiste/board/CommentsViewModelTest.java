package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Comments section of the editor, without a screen, on a real project file. */
class CommentsViewModelTest {
    @TempDir
    Path dir;
    private LineageFixture fx;
    private Idea idea;

    @BeforeEach
    void open() {
        fx = new LineageFixture(dir.resolve("c.offpiste"), false);
        idea = fx.service.add("Lanterns", "", List.of(), IdeaStatus.INBOX);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aCommentIsAddedUnderTheAuthorsNameAndTheFieldEmpties() {
        CommentsViewModel vm = new CommentsViewModel(idea.id(), fx.service, fx.executor, false);
        assertThat(vm.getComments()).isEmpty();
        vm.textProperty().set("   ");
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.add();
        assertThat(fx.project.comments().comments(idea.id())).isEmpty();

        vm.textProperty().set("  Cheap enough for March?  ");
        vm.add();

        assertThat(vm.getComments()).extracting(IdeaComment::author, IdeaComment::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Camille", "Cheap enough for March?"));
        assertThat(vm.textProperty().get()).isEmpty();
        assertThat(fx.project.comments().comments(idea.id())).hasSize(1);
    }

    @Test
    void deletingAsksFirstAndKeepingLeavesTheComment() {
        fx.project.comments().add(idea.id(), "Ana", "First");
        fx.project.comments().add(idea.id(), "Ben", "Second");
        CommentsViewModel vm = new CommentsViewModel(idea.id(), fx.service, fx.executor, false);
        IdeaComment first = vm.getComments().get(0);

        vm.askDelete(first);
        assertThat(vm.confirmingProperty().get()).isEqualTo(first.id());
        vm.cancelDelete();
        assertThat(vm.confirmingProperty().get()).isNull();
        assertThat(vm.getComments()).hasSize(2);

        vm.askDelete(first);
        vm.confirmDelete();

        assertThat(vm.getComments()).extracting(IdeaComment::body).containsExactly("Second");
        assertThat(fx.project.comments().comments(idea.id())).extracting(IdeaComment::body).containsExactly("Second");
    }

    @Test
    void theCommentsOfAnIdeaMergedInAppearAfterTheMergeAndGoAgainOnUndo() {
        Idea drop = fx.service.add("Lantern runs", "", List.of(), IdeaStatus.INBOX);
        fx.project.comments().add(drop.id(), "Ben", "Love it");
        CommentsViewModel vm = new CommentsViewModel(idea.id(), fx.service, fx.executor, false);

        fx.service.merge(idea.id(), drop.id());
        assertThat(vm.getComments()).extracting(IdeaComment::body).containsExactly("Love it");
        assertThat(vm.isMergedIn(vm.getComments().get(0))).isTrue();

        fx.service.undo();
        assertThat(vm.getComments()).isEmpty();
    }

    @Test
    void aReadOnlyProjectShowsTheCommentsButAddsAndDeletesNothing() {
        fx.project.comments().add(idea.id(), "Ana", "First");
        CommentsViewModel vm = new CommentsViewModel(idea.id(), fx.service, fx.executor, true);
        vm.textProperty().set("More");

        assertThat(vm.canAddProperty().get()).isFalse();
        vm.add();
        vm.askDelete(vm.getComments().get(0));
        vm.confirmDelete();
        assertThat(vm.confirmingProperty().get()).isNull();
        assertThat(fx.project.comments().comments(idea.id())).extracting(IdeaComment::body).containsExactly("First");
    }
}
