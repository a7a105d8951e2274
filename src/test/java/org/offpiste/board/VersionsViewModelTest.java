package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Versions section of the editor, without a screen, on a real project file. */
class VersionsViewModelTest {
    @TempDir
    Path dir;
    private LineageFixture fx;
    private Idea idea;

    @BeforeEach
    void open() {
        fx = new LineageFixture(dir.resolve("v.offpiste"), false);
        idea = fx.service.add("Lanterns", "Lights along the lift", List.of("night"), IdeaStatus.INBOX);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private VersionsViewModel versions(long id) {
        return new VersionsViewModel(id, fx.service, fx.board, fx.executor, false);
    }

    @Test
    void listsTheVersionsNewestFirstAndFollowsTheBoardUntilDisposed() {
        VersionsViewModel vm = versions(idea.id());
        assertThat(vm.getVersions()).extracting(IdeaVersion::kind).containsExactly(VersionKind.CREATED);

        fx.service.edit(idea.id(), "Solar lanterns", "Sun", List.of("night"), IdeaStatus.INBOX);
        assertThat(vm.getVersions()).extracting(IdeaVersion::kind).containsExactly(VersionKind.EDITED, VersionKind.CREATED);
        assertThat(vm.getVersions().get(0).madeBy()).isEqualTo("Camille");

        vm.dispose();
        fx.service.edit(idea.id(), "Moon lanterns", "Sun", List.of("night"), IdeaStatus.INBOX);
        assertThat(vm.getVersions()).hasSize(2);
    }

    @Test
    void restoringTheSelectedVersionPutsItBackAndReopensTheEditorOnIt() {
        fx.service.edit(idea.id(), "Solar lanterns", "Sun", List.of("sun"), IdeaStatus.INBOX);
        VersionsViewModel vm = versions(idea.id());
        assertThat(vm.canRestoreProperty().get()).isFalse();

        vm.selectedProperty().set(vm.getVersions().get(0)); // the current version: nothing to restore
        assertThat(vm.canRestoreProperty().get()).isFalse();
        assertThat(vm.canForkProperty().get()).isTrue();
        IdeaVersion first = vm.getVersions().get(1);
        vm.selectedProperty().set(first);
        assertThat(vm.canRestoreProperty().get()).isTrue();

        vm.restore();

        Idea now = fx.project.ideas().find(idea.id()).orElseThrow();
        assertThat(List.of(now.title(), now.body(), now.tags())).isEqualTo(List.of("Lanterns", "Lights along the lift",
                List.of("night")));
        assertThat(vm.getVersions().get(0).kind()).isEqualTo(VersionKind.RESTORED);
        assertThat(vm.getVersions().get(0).parentId()).isEqualTo(first.id());
        assertThat(vm.selectedProperty().get()).isEqualTo(first); // kept across the reading again
        IdeaEditorViewModel editor = fx.board.editorProperty().get();
        assertThat(editor.getId()).isEqualTo(idea.id());
        assertThat(editor.titleProperty().get()).isEqualTo("Lanterns");
    }

    @Test
    void whatTheEditorStillHoldsIsWrittenAsAVersionBeforeTheRestore() {
        fx.board.openEditor(idea.id());
        VersionsViewModel vm = versions(idea.id());
        fx.board.editorProperty().get().titleProperty().set("Typed, not yet written"); // its timer has not run
        fx.service.edit(idea.id(), "Lanterns", "Other", List.of("night"), IdeaStatus.INBOX); // first is not the head
        vm.selectedProperty().set(vm.getVersions().get(1));
        vm.restore();

        assertThat(vm.getVersions()).extracting(IdeaVersion::kind)
                .containsExactly(VersionKind.RESTORED, VersionKind.EDITED, VersionKind.EDITED, VersionKind.CREATED);
        assertThat(vm.getVersions().get(1).title()).isEqualTo("Typed, not yet written");
        assertThat(fx.project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Lanterns");
        fx.executor.runDelayed(); // the old editor's timer finds nothing left to write
        assertThat(fx.project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Lanterns");
    }

    @Test
    void forkingMakesANewIdeaAndOpensIt() {
        VersionsViewModel vm = versions(idea.id());
        vm.selectedProperty().set(vm.getVersions().get(0));

        vm.fork();

        IdeaEditorViewModel editor = fx.board.editorProperty().get();
        assertThat(editor.getId()).isNotEqualTo(idea.id());
        assertThat(editor.titleProperty().get()).isEqualTo("Lanterns");
        VersionsViewModel forked = versions(editor.getId());
        assertThat(forked.getVersions()).extracting(IdeaVersion::kind).containsExactly(VersionKind.FORKED);
        assertThat(forked.getVersions().get(0).parentId()).isEqualTo(vm.getVersions().get(0).id());
    }

    @Test
    void aModelsIdeaEditedByAPersonSaysSoOnTheDetailsAndTheCard() {
        long model = fx.modelIdea("Moon race");
        FakeIdeation engine = new FakeIdeation();
        engine.origins.put(model, new IdeaOrigin(model, 1L, 1L, "diverge", "scamper", "", "ollama", "llama3.2", null,
                false, null));
        BoardInsightsViewModel insights = new BoardInsightsViewModel(fx.board, fx.service, engine.ideation(),
                fx.executor);
        VersionsViewModel vm = versions(model);
        assertThat(vm.getVersions().get(0).byModel()).isTrue();
        assertThat(vm.editedByPersonProperty().get()).isFalse();
        fx.service.refine(model, "Moon race, cheaper", "", "ollama · llama3.2", "make it cheaper");
        assertThat(vm.editedByPersonProperty().get()).isFalse();
        insights.figures().figures(model);
        fx.executor.runDelayed();
        assertThat(insights.figures().figures(model).orElseThrow().editedByPerson()).isFalse();

        fx.service.edit(model, "Moon race by night", "", List.of(), IdeaStatus.INBOX);

        assertThat(vm.editedByPersonProperty().get()).isTrue();
        insights.figures().invalidate();
        insights.figures().figures(model);
        fx.executor.runDelayed();
        assertThat(insights.figures().figures(model).orElseThrow().editedByPerson()).isTrue();
        insights.dispose();
    }

    @Test
    void versionsOfAnIdeaMergedInAreShownAndSaySo() {
        Idea drop = fx.service.add("Lantern runs", "", List.of(), IdeaStatus.INBOX);
        VersionsViewModel vm = versions(idea.id());

        fx.service.merge(idea.id(), drop.id());

        assertThat(vm.getVersions()).extracting(IdeaVersion::kind)
                .containsExactly(VersionKind.MERGED, VersionKind.CREATED, VersionKind.CREATED);
        assertThat(vm.getVersions()).filteredOn(vm::isMergedIn).extracting(IdeaVersion::title)
                .containsExactly("Lantern runs");
    }

    @Test
    void aReadOnlyProjectShowsTheVersionsButRestoresAndForksNothing() {
        fx.service.edit(idea.id(), "Solar lanterns", "Sun", List.of("sun"), IdeaStatus.INBOX);
        VersionsViewModel vm = new VersionsViewModel(idea.id(), fx.service, fx.board, fx.executor, true);
        vm.selectedProperty().set(vm.getVersions().get(1));

        assertThat(vm.canRestoreProperty().get()).isFalse();
        assertThat(vm.canForkProperty().get()).isFalse();
        vm.restore();
        vm.fork();
        assertThat(fx.project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Solar lanterns");
        assertThat(fx.project.ideas().count()).isEqualTo(1);
    }
}
