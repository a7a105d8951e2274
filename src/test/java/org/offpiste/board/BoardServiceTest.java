package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;

class BoardServiceTest {

    /** The in-memory store, except that deletes fail while {@code full} is set (as on a full disk). */
    private static IdeaStore failingDeletes(IdeaStore real, AtomicBoolean full) {
        return (IdeaStore) Proxy.newProxyInstance(IdeaStore.class.getClassLoader(), new Class<?>[] {IdeaStore.class},
                (proxy, method, args) -> {
                    if (full.get() && method.getName().equals("delete")) {
                        throw new ProjectException(Problem.DISK_FULL, Path.of("x.offpiste"), "full");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void anUndoTheStoreRefusesStaysUndoableAndWorksOnceTheStoreAcceptsAgain() {
        AtomicBoolean full = new AtomicBoolean();
        BoardService board = new BoardService(failingDeletes(new InMemoryIdeaStore(), full), () -> "Camille");
        Idea idea = board.add("Fossil karaoke", "", List.of("music"), IdeaStatus.INBOX);

        full.set(true);
        assertThatThrownBy(board::undo).isInstanceOf(ProjectException.class);
        assertThat(board.canUndo()).isTrue();
        assertThat(board.canRedo()).isFalse();
        assertThat(board.store().find(idea.id())).isPresent();

        full.set(false);
        board.undo();
        assertThat(board.store().find(idea.id())).isEmpty();
        assertThat(board.canUndo()).isFalse();
        assertThat(board.redoKind()).contains(BoardEdit.Kind.ADD);
    }

    @Test
    void undoAndRedoStatesFollowEveryAction() {
        BoardService board = new BoardService(new InMemoryIdeaStore(), () -> "Camille");
        Idea idea = board.add("Glacier picnic", "", List.of(), IdeaStatus.INBOX);
        board.setStatus(idea.id(), IdeaStatus.SHORTLIST);
        assertThat(board.undoKind()).contains(BoardEdit.Kind.EDIT);

        board.undo();
        assertThat(board.store().find(idea.id()).orElseThrow().status()).isEqualTo(IdeaStatus.INBOX);
        assertThat(board.undoKind()).contains(BoardEdit.Kind.ADD);
        assertThat(board.redoKind()).contains(BoardEdit.Kind.EDIT);

        board.delete(idea.id());
        assertThat(board.canRedo()).isFalse();
        assertThat(board.undoKind()).contains(BoardEdit.Kind.DELETE);
    }

    @Test
    void settingTheStatusOfSeveralIdeasIsOneUndoStepAndMakesNoVersion() {
        BoardService board = new BoardService(new InMemoryIdeaStore(), () -> "Camille");
        Idea glacier = board.add("Glacier picnic", "", List.of(), IdeaStatus.INBOX);
        Idea lanterns = board.add("Lanterns", "", List.of(), IdeaStatus.PARKED);
        Idea fondue = board.add("Fondue", "", List.of(), IdeaStatus.SHORTLIST);
        int versions = board.versions().history(glacier.id()).size();

        List<Idea> changed = board.setStatusAll(List.of(glacier.id(), lanterns.id(), fondue.id()), IdeaStatus.SHORTLIST);

        assertThat(changed).extracting(Idea::id).containsExactly(glacier.id(), lanterns.id());
        assertThat(board.versions().history(glacier.id())).hasSize(versions);
        board.undo();
        assertThat(board.store().find(glacier.id()).orElseThrow().status()).isEqualTo(IdeaStatus.INBOX);
        assertThat(board.store().find(lanterns.id()).orElseThrow().status()).isEqualTo(IdeaStatus.PARKED);
        assertThat(board.store().find(fondue.id()).orElseThrow().status()).isEqualTo(IdeaStatus.SHORTLIST);
        assertThat(board.undoKind()).contains(BoardEdit.Kind.ADD);

        board.redo();
        assertThat(board.store().findAll(List.of(glacier.id(), lanterns.id(), fondue.id())))
                .allSatisfy(i -> assertThat(i.status()).isEqualTo(IdeaStatus.SHORTLIST));
        assertThat(board.canRedo()).isFalse();
    }

    @Test
    void settingAStatusAllIdeasAlreadyHaveRecordsNothing() {
        BoardService board = new BoardService(new InMemoryIdeaStore(), () -> "Camille");
        Idea fondue = board.add("Fondue", "", List.of(), IdeaStatus.SHORTLIST);

        assertThat(board.setStatusAll(List.of(fondue.id()), IdeaStatus.SHORTLIST)).isEmpty();
        assertThat(board.undoKind()).contains(BoardEdit.Kind.ADD);
    }
}
