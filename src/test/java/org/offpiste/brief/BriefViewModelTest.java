package org.offpiste.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.brief.BriefViewModel.SaveState;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.testing.MutableClock;
import org.offpiste.ui.DirectTaskExecutor;

class BriefViewModelTest {
    private final MutableClock clock = new MutableClock();
    private final InMemoryBriefStore store = new InMemoryBriefStore(clock);
    private final BriefService service = new BriefService(store, clock);
    private final DirectTaskExecutor executor = new DirectTaskExecutor();

    @TempDir
    Path dir;

    private BriefViewModel viewModel() {
        return new BriefViewModel(service, executor, false);
    }

    @Test
    void showsTheSavedBriefWhenItOpens() {
        service.save(Brief.empty().with(BriefField.TITLE, "Museum late").with(BriefField.INSIGHT, "Weird facts"));

        BriefViewModel vm = viewModel();

        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.fieldProperty(BriefField.TITLE).get()).isEqualTo("Museum late");
        assertThat(vm.fieldProperty(BriefField.INSIGHT).get()).isEqualTo("Weird facts");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void editsDebounceIntoOneSaveAndTheLatestTextWins() {
        BriefViewModel vm = viewModel();

        for (String t : List.of("M", "Mu", "Mus", "Museum")) {
            vm.fieldProperty(BriefField.TITLE).set(t);
        }
        vm.fieldProperty(BriefField.TONE).set("Witty");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVING);
        assertThat(store.writes()).isZero();

        executor.runDelayed();

        assertThat(store.writes()).isEqualTo(1);
        assertThat(service.current()).isEqualTo(Brief.empty().with(BriefField.TITLE, "Museum").with(BriefField.TONE, "Witty"));
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void aChangeBackToTheSavedTextSavesNothing() {
        BriefViewModel vm = viewModel();
        vm.fieldProperty(BriefField.TITLE).set("x");
        vm.fieldProperty(BriefField.TITLE).set("");

        executor.runDelayed();

        assertThat(store.writes()).isZero();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void aFailedSaveKeepsTheTextSaysFailedAndTheNextChangeSavesIt() {
        BriefViewModel vm = viewModel();
        store.failWith(Problem.DISK_FULL);

        vm.fieldProperty(BriefField.OBJECTIVE).set("From 12 to 25 volunteers");
        executor.runDelayed();

        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(vm.saveFailureProperty().get()).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.DISK_FULL));
        assertThat(vm.fieldProperty(BriefField.OBJECTIVE).get()).isEqualTo("From 12 to 25 volunteers");

        store.failWith(null);
        vm.fieldProperty(BriefField.OBJECTIVE).set("From 12 to 25 volunteers in six months");
        executor.runDelayed();

        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(vm.saveFailureProperty().get()).isNull();
        assertThat(service.current().get(BriefField.OBJECTIVE)).isEqualTo("From 12 to 25 volunteers in six months");
    }

    @Test
    void retrySavesWhatAFailedSaveCouldNot() {
        BriefViewModel vm = viewModel();
        store.failWith(Problem.READ_ONLY);
        vm.fieldProperty(BriefField.TITLE).set("Kept");
        executor.runDelayed();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.FAILED);

        store.failWith(null);
        vm.retry();

        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(service.current().get(BriefField.TITLE)).isEqualTo("Kept");
    }

    @Test
    void flushSavesAPendingChangeAtOnce() {
        BriefViewModel vm = viewModel();
        vm.fieldProperty(BriefField.NOTES).set("last words");

        vm.flush();

        assertThat(service.current().get(BriefField.NOTES)).isEqualTo("last words");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        executor.runDelayed();
        assertThat(store.writes()).isEqualTo(1);
    }

    @Test
    void flushWritesToTheProjectFileBeforeItCloses() {
        Path file = dir.resolve("flush.offpiste");
        try (Project project = new SqliteProjectFiles().create(file)) {
            BriefViewModel vm = new BriefViewModel(new BriefService(project.briefs()), executor, false);
            vm.fieldProperty(BriefField.INSIGHT).set("Typed just before closing the window");
            vm.flush();
            vm.dispose();
        }
        try (Project reopened = new SqliteProjectFiles().open(file)) {
            assertThat(reopened.briefs().latest().orElseThrow().brief().get(BriefField.INSIGHT))
                    .isEqualTo("Typed just before closing the window");
        }
    }

    @Test
    void restoreBringsBackAnOlderVersionAndKeepsWhatWasTyped() {
        BriefViewModel vm = viewModel();
        vm.fieldProperty(BriefField.TITLE).set("First");
        executor.runDelayed();
        long first = service.currentVersion().orElseThrow().id();
        clock.advance(Duration.ofMinutes(10));
        vm.fieldProperty(BriefField.TITLE).set("Second");
        executor.runDelayed();
        vm.fieldProperty(BriefField.TITLE).set("Second, typed and not yet saved");

        List<String> done = new ArrayList<>();
        vm.restore(first, () -> done.add("done"), e -> done.add("error " + e));

        assertThat(done).containsExactly("done");
        assertThat(vm.fieldProperty(BriefField.TITLE).get()).isEqualTo("First");
        assertThat(service.current().get(BriefField.TITLE)).isEqualTo("First");
        assertThat(service.versions()).extracting(v -> v.brief().get(BriefField.TITLE))
                .containsExactly("First", "Second, typed and not yet saved", "First");
        executor.runDelayed();
        assertThat(service.versions()).hasSize(3);
    }

    @Test
    void aReadOnlyProjectNeverSaves() {
        service.save(Brief.empty().with(BriefField.TITLE, "Read me"));
        BriefViewModel vm = new BriefViewModel(service, executor, true);

        vm.fieldProperty(BriefField.TITLE).set("Changed");
        executor.runDelayed();
        vm.flush();
        vm.restore(1, () -> { }, e -> { });

        assertThat(vm.readOnlyProperty().get()).isTrue();
        assertThat(store.writes()).isEqualTo(1);
        assertThat(service.current().get(BriefField.TITLE)).isEqualTo("Read me");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void completenessAndFindingsFollowTheFields() {
        BriefViewModel vm = viewModel();
        assertThat(vm.completenessProperty().get()).isZero();
        assertThat(vm.findings()).extracting(BriefFinding::key).contains("brief.check.noInsight");

        vm.fieldProperty(BriefField.INSIGHT).set("They love weird facts they can retell at dinner, but hate lectures.");

        assertThat(vm.findings()).extracting(BriefFinding::key).doesNotContain("brief.check.noInsight");
        assertThat(vm.completenessProperty().get()).isPositive();
    }

    @Test
    void importReplacesTheBriefAndKeepsTheEarlierOneRestorable() throws Exception {
        BriefViewModel vm = viewModel();
        vm.fieldProperty(BriefField.TITLE).set("Before import");
        executor.runDelayed();
        Path md = dir.resolve("brief.md");
        Files.writeString(md, "# Imported\n\n## Objectif\nDe 8 000 à 15 000 nuitées\n", StandardCharsets.UTF_8);

        List<Throwable> errors = new ArrayList<>();
        vm.importMarkdown(md, () -> { }, errors::add);

        assertThat(errors).isEmpty();
        assertThat(vm.fieldProperty(BriefField.TITLE).get()).isEqualTo("Imported");
        assertThat(vm.fieldProperty(BriefField.OBJECTIVE).get()).isEqualTo("De 8 000 à 15 000 nuitées");
        assertThat(service.versions()).extracting(v -> v.brief().get(BriefField.TITLE))
                .containsExactly("Imported", "Before import");
    }

    @Test
    void importOfANonBriefReportsAndChangesNothing() throws Exception {
        BriefViewModel vm = viewModel();
        vm.fieldProperty(BriefField.TITLE).set("Mine");
        executor.runDelayed();
        Path txt = dir.resolve("shopping.md");
        Files.writeString(txt, "eggs\nmilk\n");

        List<Throwable> errors = new ArrayList<>();
        vm.importMarkdown(txt, () -> { }, errors::add);

        assertThat(errors).singleElement().isInstanceOf(IllegalArgumentException.class);
        assertThat(vm.fieldProperty(BriefField.TITLE).get()).isEqualTo("Mine");
        assertThat(service.versions()).hasSize(1);
    }

    @Test
    void exportWritesTheFormAsMarkdown() throws Exception {
        BriefViewModel vm = viewModel();
        vm.fieldProperty(BriefField.TITLE).set("Exported");
        vm.fieldProperty(BriefField.TONE).set("Warm");
        Path md = dir.resolve("out.md");

        vm.exportMarkdown(md, () -> { }, e -> { });

        assertThat(Files.readString(md)).isEqualTo("# Exported\n\n## Tone\nWarm\n");
    }

    @Test
    void aChangeSavedElsewhereShowsInTheForm() {
        BriefViewModel vm = viewModel();

        service.replace(Brief.empty().with(BriefField.TITLE, "From the command line"));

        assertThat(vm.fieldProperty(BriefField.TITLE).get()).isEqualTo("From the command line");
        assertThat(store.writes()).isEqualTo(1);
    }

    @Test
    void historyListsVersionsWithTheirChangedFieldsAndRestores() {
        BriefViewModel vm = viewModel();
        vm.fieldProperty(BriefField.TITLE).set("One");
        executor.runDelayed();
        clock.advance(Duration.ofMinutes(5));
        vm.fieldProperty(BriefField.INSIGHT).set("An insight");
        vm.fieldProperty(BriefField.TONE).set("Dry");
        executor.runDelayed();

        BriefHistoryViewModel history = vm.history();
        history.load();

        assertThat(history.entries()).hasSize(2);
        assertThat(history.entries().get(0).changed()).containsExactly(BriefField.INSIGHT, BriefField.TONE);
        assertThat(history.entries().get(0).current()).isTrue();
        assertThat(history.entries().get(1).changed()).containsExactly(BriefField.TITLE);
        assertThat(history.selectedProperty().get()).isEqualTo(history.entries().get(0));
        assertThat(history.canRestoreProperty().get()).isFalse();

        history.selectedProperty().set(history.entries().get(1));
        history.restoreSelected(() -> { });

        assertThat(vm.fieldProperty(BriefField.INSIGHT).get()).isEmpty();
        assertThat(history.entries()).hasSize(3);
        assertThat(history.entries().get(0).changed()).containsExactly(BriefField.INSIGHT, BriefField.TONE);
    }
}
