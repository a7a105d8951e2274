package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;

/**
 * Two people editing one idea (two board services writing into one store): the later write is refused
 * with a conflict, both texts are kept as versions; one person alone never meets a conflict (real file).
 */
class BoardConflictTest {
    @TempDir
    Path dir;
    private Project project;
    private BoardService ana;
    private BoardService ben;
    private Idea seen;

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("conflict.offpiste"));
        ana = new BoardService(project.ideas(), () -> "Ana");
        ben = new BoardService(project.ideas(), () -> "Ben");
        seen = ana.add("Lanterns", "Lights along the lift", List.of("night"), IdeaStatus.INBOX);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private List<VersionKind> kinds() {
        return project.versions().history(seen.id()).stream().map(IdeaVersion::kind).toList();
    }

    private Idea current() {
        return project.ideas().find(seen.id()).orElseThrow();
    }

    @Test
    void aDraftBasedOnAStateSomeoneElseChangedIsRefusedAndKeptAsAConflictingVersion() {
        Object draft = new Object();
        EditResult first = ana.saveDraft(draft, seen, "Lanterns on chairs", seen.body(), seen.tags(), seen.status());
        Idea anaSaw = first.idea();
        ben.edit(anaSaw, "Ben's lanterns", "Big ones", List.of("night"), IdeaStatus.INBOX);

        EditResult refused = ana.saveDraft(draft, anaSaw, "Lanterns on every chair", seen.body(), seen.tags(),
                seen.status());

        assertThat(first.conflicted()).isFalse();
        assertThat(refused.conflicted()).isTrue();
        assertThat(refused.conflict().by()).isEqualTo("Ben");
        assertThat(refused.conflict().theirs().title()).isEqualTo("Ben's lanterns");
        assertThat(refused.conflict().mine().title()).isEqualTo("Lanterns on every chair");
        assertThat(refused.conflict().mine().madeBy()).isEqualTo("Ana");
        assertThat(current().title()).isEqualTo("Ben's lanterns");
        assertThat(kinds()).containsExactly(VersionKind.CREATED, VersionKind.EDITED, VersionKind.EDITED,
                VersionKind.CONFLICTED);
        assertThat(project.versions().history(seen.id())).extracting(IdeaVersion::title).containsExactly("Lanterns",
                "Lanterns on chairs", "Ben's lanterns", "Lanterns on every chair");
    }

    @Test
    void laterDraftsOfARefusedSessionAmendItsOneConflictingVersion() {
        Object draft = new Object();
        ben.edit(seen, "Ben's lanterns", "", List.of(), IdeaStatus.INBOX);

        ana.saveDraft(draft, seen, "Lanterns o", seen.body(), seen.tags(), seen.status());
        ana.saveDraft(draft, seen, "Lanterns on every", seen.body(), seen.tags(), seen.status());
        EditResult last = ana.saveDraft(draft, seen, "Lanterns on every chair", seen.body(), seen.tags(), seen.status());

        assertThat(kinds()).containsExactly(VersionKind.CREATED, VersionKind.EDITED, VersionKind.CONFLICTED);
        assertThat(last.conflict().mine().title()).isEqualTo("Lanterns on every chair");
        assertThat(project.versions().head(seen.id()).orElseThrow()).isEqualTo(last.conflict().mine());
    }

    @Test
    void useMineRestoresTheRefusedTextOnTopOfTheirs() {
        ben.edit(seen, "Ben's lanterns", "", List.of(), IdeaStatus.INBOX);
        EditResult refused = ana.edit(seen, "Ana's lanterns", "", List.of(), IdeaStatus.INBOX);

        Idea mine = ana.restore(refused.conflict().mine().id());

        assertThat(mine.title()).isEqualTo("Ana's lanterns");
        assertThat(current().title()).isEqualTo("Ana's lanterns");
        assertThat(kinds()).containsExactly(VersionKind.CREATED, VersionKind.EDITED, VersionKind.CONFLICTED,
                VersionKind.RESTORED);
    }

    @Test
    void aStatusChangedElsewhereIsNoConflictAndStays() {
        ben.setStatus(seen.id(), IdeaStatus.SHORTLIST);

        EditResult edit = ana.saveDraft(new Object(), seen, "Lanterns on chairs", seen.body(), seen.tags(),
                seen.status());

        assertThat(edit.conflicted()).isFalse();
        assertThat(current().title()).isEqualTo("Lanterns on chairs");
        assertThat(current().status()).isEqualTo(IdeaStatus.SHORTLIST);
    }

    @Test
    void twoPeopleTypingTheSameTextMeetNoConflict() {
        ben.edit(seen, "Lanterns on chairs", seen.body(), seen.tags(), seen.status());

        EditResult edit = ana.edit(seen, "Lanterns on chairs", seen.body(), seen.tags(), seen.status());

        assertThat(edit.conflicted()).isFalse();
        assertThat(kinds()).doesNotContain(VersionKind.CONFLICTED);
    }

    @Test
    void onePersonTypingSavingUndoingRefiningAndRestoringNeverMeetsAConflict() {
        // The editor's base is the idea as it opened, never moved on: the worst case.
        Object draft = new Object();
        List<EditResult> results = new java.util.ArrayList<>();
        for (String typed : List.of("L", "La", "Lan", "Lant")) {
            results.add(ana.saveDraft(draft, seen, typed, seen.body(), seen.tags(), seen.status()));
        }
        ana.undo();
        results.add(ana.saveDraft(draft, seen, "Lante", seen.body(), seen.tags(), seen.status()));
        ana.undo();
        ana.redo();
        results.add(ana.saveDraft(draft, seen, "Lanter", seen.body(), seen.tags(), seen.status()));
        ana.refine(seen.id(), "Cheap lanterns", "Paper ones", "ollama · llama3.2", "make it cheaper");
        results.add(ana.saveDraft(draft, seen, "Lantern", seen.body(), seen.tags(), seen.status()));
        ana.restore(project.versions().history(seen.id()).get(0).id());
        ana.setStatus(seen.id(), IdeaStatus.SHORTLIST);
        results.add(ana.saveDraft(draft, seen, "Lanterns!", seen.body(), seen.tags(), IdeaStatus.SHORTLIST));
        Object next = new Object();
        results.add(ana.saveDraft(next, seen, "Lanterns again", seen.body(), seen.tags(), IdeaStatus.SHORTLIST));
        ana.undo();
        results.add(ana.edit(seen, "Lanterns at last", seen.body(), seen.tags(), IdeaStatus.SHORTLIST));

        assertThat(results).noneMatch(EditResult::conflicted);
        assertThat(kinds()).doesNotContain(VersionKind.CONFLICTED);
        assertThat(current().title()).isEqualTo("Lanterns at last");
    }

    @Test
    void aChangeByAnotherPersonBetweenOwnWritesIsStillAConflict() {
        Object draft = new Object();
        ana.saveDraft(draft, seen, "Lanterns 1", seen.body(), seen.tags(), seen.status());
        ben.edit(current(), "Ben's", seen.body(), seen.tags(), seen.status());
        ana.setStatus(seen.id(), IdeaStatus.SHORTLIST); // Ana's own write, after Ben's

        EditResult edit = ana.saveDraft(draft, seen, "Lanterns 12", seen.body(), seen.tags(), seen.status());

        assertThat(edit.conflicted()).isTrue();
        assertThat(edit.conflict().by()).isEqualTo("Ben");
    }

    @Test
    void undoNeverWritesOverWhatSomeoneElseChangedSince() {
        ana.edit(seen, "Ana's lanterns", seen.body(), seen.tags(), seen.status());
        ben.edit(current(), "Ben's lanterns", seen.body(), seen.tags(), seen.status());

        assertThatThrownBy(ana::undo).isInstanceOf(ConflictingUndoException.class);

        assertThat(current().title()).isEqualTo("Ben's lanterns");
        assertThat(ana.canUndo()).isTrue();
        assertThat(kinds()).containsExactly(VersionKind.CREATED, VersionKind.EDITED, VersionKind.EDITED);
    }

    @Test
    void redoNeverWritesOverWhatSomeoneElseChangedSince() {
        ana.edit(seen, "Ana's lanterns", seen.body(), seen.tags(), seen.status());
        ana.undo();
        ben.edit(current(), "Ben's lanterns", seen.body(), seen.tags(), seen.status());

        assertThatThrownBy(ana::redo).isInstanceOf(ConflictingUndoException.class);

        assertThat(current().title()).isEqualTo("Ben's lanterns");
        assertThat(ana.canRedo()).isTrue();
    }

    @Test
    void aRefusedTextIsBesideTheIdeasLineNeverOnIt() {
        BoardService carl = new BoardService(project.ideas(), () -> "Carl");
        EditResult byBen = ben.edit(seen, "Ben's lanterns", "", List.of(), IdeaStatus.INBOX);
        EditResult byAna = ana.edit(seen, "Ana's lanterns", "", List.of(), IdeaStatus.INBOX);

        EditResult byCarl = carl.edit(seen, "Carl's lanterns", "", List.of(), IdeaStatus.INBOX);
        EditResult afterwards = ana.edit(byAna.idea(), "Ben's lanterns, lit", "", List.of(), IdeaStatus.INBOX);

        IdeaVersion bens = project.versions().history(seen.id()).get(1);
        assertThat(byBen.conflicted()).isFalse();
        assertThat(byCarl.conflict().by()).isEqualTo("Ben");
        assertThat(byCarl.conflict().theirs()).isEqualTo(bens);
        assertThat(byCarl.conflict().mine().parentId()).isEqualTo(bens.id());
        assertThat(afterwards.conflicted()).isFalse();
        IdeaVersion lit = project.versions().current(seen.id()).orElseThrow();
        assertThat(lit.title()).isEqualTo("Ben's lanterns, lit");
        assertThat(lit.parentId()).isEqualTo(bens.id());
        assertThat(project.versions().history(seen.id())).extracting(IdeaVersion::title).containsExactly("Lanterns",
                "Ben's lanterns", "Ana's lanterns", "Carl's lanterns", "Ben's lanterns, lit");
    }

    @Test
    void theBoardSaysWhyAnUndoOverSomeoneElsesChangeDidNothing() {
        org.offpiste.ui.DirectTaskExecutor executor = new org.offpiste.ui.DirectTaskExecutor();
        BoardViewModel board = new BoardViewModel(ana, executor, false);
        ana.edit(seen, "Ana's lanterns", seen.body(), seen.tags(), seen.status());
        ben.edit(current(), "Ben's lanterns", seen.body(), seen.tags(), seen.status());

        board.undo(); // run at once by the direct executor

        assertThat(board.problemProperty().get()).isEqualTo("conflict.undo");
        assertThat(current().title()).isEqualTo("Ben's lanterns");
        board.dispose();
    }

    @Test
    void aModelsRewriteOfATextSomeoneElseChangedMeanwhileIsKeptNotApplied() {
        ben.edit(seen, "Ben's lanterns", "Big ones", seen.tags(), seen.status());

        EditResult refined = ana.refine(seen, "Paper lanterns", "Cheap ones", "Ollama · llama3.2", "make it cheaper");

        assertThat(refined.conflicted()).isTrue();
        assertThat(current().title()).isEqualTo("Ben's lanterns");
        IdeaVersion kept = refined.conflict().mine();
        assertThat(kept.kind()).isEqualTo(VersionKind.CONFLICTED);
        assertThat(kept.title()).isEqualTo("Paper lanterns");
        assertThat(kept.byModel()).isTrue();
        assertThat(kept.madeBy()).isEqualTo("Ollama · llama3.2");
        assertThat(kept.instruction()).isEqualTo("make it cheaper");
        assertThat(ana.undoKind()).contains(BoardEdit.Kind.ADD); // nothing was changed: nothing more to undo
    }

    @Test
    void aModelsRewriteAfterOwnEditsIsApplied() {
        EditResult typed = ana.saveDraft(new Object(), seen, "Lanterns on chairs", seen.body(), seen.tags(),
                seen.status());

        EditResult refined = ana.refine(seen, "Paper lanterns", "Cheap ones", "Ollama · llama3.2", "make it cheaper");

        assertThat(typed.conflicted()).isFalse();
        assertThat(refined.conflicted()).isFalse();
        assertThat(current().title()).isEqualTo("Paper lanterns");
        assertThat(current().tags()).containsExactly("night");
        IdeaVersion head = project.versions().current(seen.id()).orElseThrow();
        assertThat(head.kind()).isEqualTo(VersionKind.REFINED);
        assertThat(head.byModel()).isTrue();
        ana.undo();
        assertThat(current().title()).isEqualTo("Lanterns on chairs");
    }
}
