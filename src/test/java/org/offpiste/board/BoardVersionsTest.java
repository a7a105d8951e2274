package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;

/** Every content change on the board is a version, and undo/redo puts the versions back exactly (real file). */
class BoardVersionsTest {
    @TempDir
    Path dir;
    private Project project;
    private VersionStore versions;
    private BoardService board;
    private Idea idea;

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("versions.offpiste"));
        versions = project.versions();
        board = new BoardService(project.ideas(), versions, () -> "Camille");
        idea = board.add("Lanterns", "Lights along the lift", List.of("night"), IdeaStatus.INBOX);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private List<IdeaVersion> history(long id) {
        return versions.history(id);
    }

    private static List<VersionKind> kinds(List<IdeaVersion> history) {
        return history.stream().map(IdeaVersion::kind).toList();
    }

    @Test
    void anEditIsAVersionMadeByTheAuthorAndAStatusChangeIsNone() {
        IdeaVersion created = versions.head(idea.id()).orElseThrow();
        board.edit(idea.id(), "Solar lanterns", "Lights", List.of("night", "sun"), IdeaStatus.INBOX);
        board.setStatus(idea.id(), IdeaStatus.SHORTLIST);

        List<IdeaVersion> history = history(idea.id());
        assertThat(kinds(history)).containsExactly(VersionKind.CREATED, VersionKind.EDITED);
        IdeaVersion edited = history.get(1);
        assertThat(edited.title()).isEqualTo("Solar lanterns");
        assertThat(edited.tags()).containsExactly("night", "sun");
        assertThat(edited.madeBy()).isEqualTo("Camille");
        assertThat(edited.byModel()).isFalse();
        assertThat(edited.parentId()).isEqualTo(created.id());
    }

    @Test
    void undoOfAnEditRemovesItsVersionAndRedoPutsTheSameVersionBack() {
        board.edit(idea.id(), "Solar lanterns", "Lights", List.of("night"), IdeaStatus.INBOX);
        List<IdeaVersion> after = history(idea.id());

        board.undo();
        assertThat(kinds(history(idea.id()))).containsExactly(VersionKind.CREATED);
        assertThat(project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Lanterns");

        board.redo();
        assertThat(history(idea.id())).isEqualTo(after);
        assertThat(project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Solar lanterns");
    }

    @Test
    void oneDraftSessionIsOneVersionAmendedAsThePersonTypesAndNoneWhenTypedBack() {
        Object draft = new Object();
        board.saveDraft(draft, idea.id(), "Lanterns!", "Lights along the lift", List.of("night"), IdeaStatus.INBOX);
        board.saveDraft(draft, idea.id(), "Lanterns!!", "Lights along the lift", List.of("night"), IdeaStatus.INBOX);
        board.saveDraft(draft, idea.id(), "Lanterns!!", "Lights along the blue lift", List.of("night"),
                IdeaStatus.INBOX);

        List<IdeaVersion> history = history(idea.id());
        assertThat(kinds(history)).containsExactly(VersionKind.CREATED, VersionKind.EDITED);
        assertThat(history.get(1).title()).isEqualTo("Lanterns!!");
        assertThat(history.get(1).body()).isEqualTo("Lights along the blue lift");

        board.undo();
        assertThat(kinds(history(idea.id()))).containsExactly(VersionKind.CREATED);
        board.redo();
        assertThat(history(idea.id())).isEqualTo(history);

        Object second = new Object();
        board.saveDraft(second, idea.id(), "Other", "Lights along the blue lift", List.of("night"), IdeaStatus.INBOX);
        assertThat(history(idea.id())).hasSize(3);
        board.saveDraft(second, idea.id(), "Lanterns!!", "Lights along the blue lift", List.of("night"),
                IdeaStatus.INBOX);
        assertThat(history(idea.id())).isEqualTo(history);
    }

    @Test
    void refineIsAModelsVersionOnTheHeadWithItsInstructionAndUndoes() {
        IdeaVersion head = versions.head(idea.id()).orElseThrow();
        Idea refined = board.refine(idea.id(), "Cheap lanterns", "Tea lights in jars", "ollama · llama3.2",
                "make it cheaper");

        assertThat(refined.tags()).containsExactly("night");
        IdeaVersion v = versions.head(idea.id()).orElseThrow();
        assertThat(v.kind()).isEqualTo(VersionKind.REFINED);
        assertThat(v.byModel()).isTrue();
        assertThat(v.madeBy()).isEqualTo("ollama · llama3.2");
        assertThat(v.instruction()).isEqualTo("make it cheaper");
        assertThat(v.parentId()).isEqualTo(head.id());
        assertThat(v.body()).isEqualTo("Tea lights in jars");

        board.undo();
        assertThat(versions.head(idea.id())).contains(head);
        assertThat(project.ideas().find(idea.id()).orElseThrow().body()).isEqualTo("Lights along the lift");
        board.redo();
        assertThat(versions.head(idea.id())).contains(v);
        assertThat(project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Cheap lanterns");
    }

    @Test
    void restoreBringsBackAnEarlierVersionAsANewVersionWhoseParentIsTheOneRestored() {
        IdeaVersion first = versions.head(idea.id()).orElseThrow();
        board.edit(idea.id(), "Solar lanterns", "Sun", List.of("sun"), IdeaStatus.SHORTLIST);

        Idea restored = board.restore(first.id());

        assertThat(restored.title()).isEqualTo("Lanterns");
        assertThat(restored.body()).isEqualTo("Lights along the lift");
        assertThat(restored.tags()).containsExactly("night");
        assertThat(restored.status()).isEqualTo(IdeaStatus.SHORTLIST);
        IdeaVersion v = versions.head(idea.id()).orElseThrow();
        assertThat(v.kind()).isEqualTo(VersionKind.RESTORED);
        assertThat(v.parentId()).isEqualTo(first.id());
        assertThat(v.madeBy()).isEqualTo("Camille");
        List<IdeaVersion> after = history(idea.id());

        board.undo();
        assertThat(kinds(history(idea.id()))).containsExactly(VersionKind.CREATED, VersionKind.EDITED);
        assertThat(project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Solar lanterns");
        board.redo();
        assertThat(history(idea.id())).isEqualTo(after);
    }

    @Test
    void forkMakesANewInboxIdeaWhoseFirstVersionIsForkedFromTheVersion() {
        board.setStatus(idea.id(), IdeaStatus.SHORTLIST);
        IdeaVersion first = versions.head(idea.id()).orElseThrow();

        Idea fork = board.fork(first.id());

        assertThat(fork.id()).isNotEqualTo(idea.id());
        assertThat(fork.title()).isEqualTo("Lanterns");
        assertThat(fork.tags()).containsExactly("night");
        assertThat(fork.status()).isEqualTo(IdeaStatus.INBOX);
        List<IdeaVersion> history = history(fork.id());
        assertThat(kinds(history)).containsExactly(VersionKind.FORKED);
        assertThat(history.get(0).parentId()).isEqualTo(first.id());
        assertThat(history.get(0).madeBy()).isEqualTo("Camille");

        board.undo();
        assertThat(project.ideas().find(fork.id())).isEmpty();
        assertThat(history(fork.id())).isEmpty();
        board.redo();
        assertThat(project.ideas().find(fork.id())).isPresent();
        assertThat(history(fork.id())).isEqualTo(history);
    }

    @Test
    void aMergeKeepsBothHistoriesAndCommentsAndUndoRestoresBothIdeasAndHistories() {
        board.edit(idea.id(), "Lanterns 2", "Lights along the lift", List.of("night"), IdeaStatus.INBOX);
        Idea drop = board.add("Lantern runs", "Guests carry lanterns", List.of("guests"), IdeaStatus.INBOX);
        board.edit(drop.id(), "Lantern-lit runs", "Guests carry lanterns", List.of("guests"), IdeaStatus.INBOX);
        project.comments().add(drop.id(), "Ben", "Love it");
        project.comments().add(idea.id(), "Ana", "Cheap?");
        List<IdeaVersion> keptBefore = history(idea.id());
        List<IdeaVersion> droppedBefore = history(drop.id());
        IdeaVersion dropHead = versions.head(drop.id()).orElseThrow();
        IdeaVersion keepHead = versions.head(idea.id()).orElseThrow();

        board.merge(idea.id(), drop.id());

        List<IdeaVersion> merged = history(idea.id());
        assertThat(merged).containsAll(keptBefore).containsAll(droppedBefore).hasSize(5);
        IdeaVersion m = versions.head(idea.id()).orElseThrow();
        assertThat(m.kind()).isEqualTo(VersionKind.MERGED);
        assertThat(m.mergedFromId()).isEqualTo(dropHead.id());
        assertThat(m.parentId()).isEqualTo(keepHead.id());
        assertThat(project.comments().comments(idea.id())).extracting(IdeaComment::body)
                .containsExactlyInAnyOrder("Love it", "Cheap?");
        assertThat(project.comments().counts()).containsEntry(idea.id(), 2);

        board.undo();
        assertThat(project.ideas().find(drop.id()).orElseThrow().title()).isEqualTo("Lantern-lit runs");
        assertThat(project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Lanterns 2");
        assertThat(history(idea.id())).isEqualTo(keptBefore);
        assertThat(history(drop.id())).isEqualTo(droppedBefore);
        assertThat(project.comments().comments(idea.id())).extracting(IdeaComment::body).containsExactly("Cheap?");

        board.redo();
        assertThat(history(idea.id())).isEqualTo(merged);
        assertThat(project.ideas().find(drop.id())).isEmpty();
    }

    @Test
    void restoringAVersionOfAMergedInIdeaPutsItsContentOnTheKeptIdea() {
        Idea drop = board.add("Lantern runs", "Guests carry lanterns", List.of("guests"), IdeaStatus.INBOX);
        IdeaVersion dropFirst = versions.head(drop.id()).orElseThrow();
        board.merge(idea.id(), drop.id());

        Idea restored = board.restore(dropFirst.id());

        assertThat(restored.id()).isEqualTo(idea.id());
        assertThat(restored.title()).isEqualTo("Lantern runs");
        assertThat(versions.head(idea.id()).orElseThrow().parentId()).isEqualTo(dropFirst.id());
        assertThat(project.ideas().find(drop.id())).isEmpty();
    }

    @Test
    void theTwoArgumentConstructorKeepsTheVersionsBesideTheIdeas() {
        BoardService plain = new BoardService(project.ideas(), () -> "Ana");
        plain.edit(idea.id(), "Lanterns, by hand", "", List.of(), IdeaStatus.INBOX);

        assertThat(plain.versions()).isSameAs(versions);
        assertThat(versions.head(idea.id()).orElseThrow().madeBy()).isEqualTo("Ana");
    }
}
