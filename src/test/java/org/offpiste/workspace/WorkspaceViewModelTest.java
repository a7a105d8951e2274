package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.settings.Settings;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.DirectTaskExecutor;
import org.offpiste.ui.Theme;

class WorkspaceViewModelTest {
    @TempDir
    Path home;
    private Path projects;
    private Settings settings;
    private RecordingDialogs dialogs;
    private RealSessions sessions;
    private WorkspaceViewModel vm;

    @BeforeEach
    void setUp() {
        projects = home.resolve("projects");
        settings = new Settings(home.resolve("config"));
        settings.setLanguage(Messages.ENGLISH);
        dialogs = new RecordingDialogs();
        sessions = new RealSessions();
        vm = newViewModel();
    }

    private WorkspaceViewModel newViewModel() {
        return new WorkspaceViewModel(sessions, settings, projects, new DirectTaskExecutor(), dialogs,
                new LanguageViewModel(settings));
    }

    private Path path() {
        return vm.project().orElseThrow().path();
    }

    private void closeVm() {
        boolean[] done = {false};
        vm.close(() -> done[0] = true);
        assertThat(done[0]).isTrue();
    }

    @Test
    void firstStartCreatesAnUntitledProjectAndRemembersIt() {
        vm.start(Optional.empty());

        assertThat(path()).isEqualTo(projects.resolve("Untitled.offpiste"));
        assertThat(Files.isRegularFile(path())).isTrue();
        assertThat(settings.lastProject()).contains(path().toAbsolutePath().normalize());
        assertThat(vm.busyProperty().get()).isFalse();
        closeVm();
    }

    @Test
    void untitledNamesDoNotOverwriteEachOther() throws IOException {
        Files.createDirectories(projects);
        Files.writeString(projects.resolve("Untitled.offpiste"), "someone else's");
        settings.put("recent.0", null);

        vm.start(Optional.empty());

        assertThat(path().getFileName().toString()).isEqualTo("Untitled 2.offpiste");
        closeVm();
    }

    @Test
    void startReopensTheLastProject() {
        vm.start(Optional.empty());
        Path first = path();
        closeVm();

        vm = newViewModel();
        vm.start(Optional.empty());

        assertThat(path()).isEqualTo(first);
        assertThat(dialogs.errors).isEmpty();
        closeVm();
    }

    @Test
    void aBadFileAtStartIsExplainedLeftUntouchedAndAFreshProjectOpens() throws IOException {
        Path bad = home.resolve("bad.offpiste");
        Files.writeString(bad, "not a database at all, just words", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(bad);

        vm.start(Optional.of(bad));

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains(bad.toString()).isIn(problemMessages(bad));
        assertThat(Files.readAllBytes(bad)).isEqualTo(before);
        assertThat(path()).isEqualTo(projects.resolve("Untitled.offpiste"));
        closeVm();
    }

    @Test
    void theStandInForALastProjectThatWouldNotOpenIsNotRememberedInItsPlace() throws IOException {
        Path locked = home.resolve("museum.offpiste");
        try (Project holder = new SqliteProjectFiles().create(locked)) {
            settings.addRecent(locked);
            vm.start(Optional.empty()); // the last project is open elsewhere: LOCKED

            assertThat(dialogs.errors).hasSize(1);
            assertThat(path()).isEqualTo(projects.resolve("Untitled.offpiste"));
            assertThat(settings.lastProject()).contains(locked.toAbsolutePath().normalize());
            closeVm();
        }
    }

    @Test
    void openingABadFileKeepsTheCurrentProjectOpen() throws IOException {
        vm.start(Optional.empty());
        OpenProject current = vm.project().orElseThrow();
        Path bad = home.resolve("bad.offpiste");
        Files.write(bad, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        byte[] before = Files.readAllBytes(bad);
        dialogs.files.add(bad);

        vm.openProject();

        assertThat(vm.project()).containsSame(current);
        assertThat(dialogs.errors).singleElement().isIn(problemMessages(bad));
        assertThat(Files.readAllBytes(bad)).isEqualTo(before);
        closeVm();
    }

    @Test
    void errorsAreInTheChosenLanguage() throws IOException {
        vm.setLanguage(Messages.FRENCH);
        vm.start(Optional.empty());
        Path bad = home.resolve("mauvais.offpiste");
        Files.writeString(bad, "pas une base");
        dialogs.files.add(bad);

        vm.openProject();

        Messages fr = new Messages(Messages.FRENCH);
        assertThat(dialogs.errors).singleElement().satisfies(msg -> assertThat(
                java.util.Arrays.stream(org.offpiste.project.Problem.values())
                        .map(p -> fr.get("project.problem." + p.name(), bad)).toList()).contains(msg));
        closeVm();
    }

    @Test
    void openingAnotherProjectClosesTheFirstOne() {
        vm.start(Optional.empty());
        Path first = path();
        Path second = projects.resolve("Second.offpiste");
        dialogs.files.add(projects.resolve("Second"));

        vm.newProject();

        assertThat(path()).isEqualTo(second);
        assertThat(Files.isRegularFile(second)).isTrue();
        try (Project again = new SqliteProjectFiles().open(first)) {
            assertThat(again.path()).isEqualTo(first);
        }
        assertThat(vm.recentProjects()).containsExactly(first.toAbsolutePath().normalize());
        closeVm();
    }

    @Test
    void saveACopyAsWritesAProjectThatOpens() {
        vm.start(Optional.empty());
        vm.project().orElseThrow().session().board().add("Ski lift poetry", "Haiku on the chairs", java.util.List.of("poetry"),
                org.offpiste.board.IdeaStatus.INBOX);
        Path copy = home.resolve("copies/Copy.offpiste");
        dialogs.files.add(copy);
        new java.io.File(copy.getParent().toString()).mkdirs();

        vm.saveCopyAs();

        assertThat(vm.noticeProperty().get()).isNotNull();
        assertThat(vm.noticeProperty().get().text()).contains(copy.toString());
        assertThat(path()).isEqualTo(projects.resolve("Untitled.offpiste"));
        try (Project opened = new SqliteProjectFiles().open(copy)) {
            assertThat(opened.ideas().count()).isEqualTo(1);
        }
        closeVm();
    }

    @Test
    void closingLeavesOneSelfContainedFileThatOpensAgain() {
        vm.start(Optional.empty());
        Path file = path();

        closeVm();

        assertThat(vm.project()).isEmpty();
        assertThat(Files.exists(file.resolveSibling(file.getFileName() + "-wal"))).isFalse();
        assertThat(Files.exists(file.resolveSibling(file.getFileName() + "-shm"))).isFalse();
        try (Project again = new SqliteProjectFiles().open(file)) {
            assertThat(again.readOnly()).isFalse();
        }
    }

    @Test
    void themeAndLanguageAreSaved() {
        vm.setTheme(Theme.DARK);
        vm.setLanguage(Messages.FRENCH);

        Settings reread = new Settings(home.resolve("config"));
        assertThat(reread.theme()).isEqualTo("dark");
        assertThat(reread.language()).isEqualTo(Messages.FRENCH);
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(vm.language().messages().get("workspace.menu.file")).isEqualTo("Fichier");
    }

    @Test
    void clearingRecentKeepsTheOpenProjectForTheNextStart() {
        vm.start(Optional.empty());
        Path first = path();
        dialogs.files.add(projects.resolve("Other.offpiste"));
        vm.newProject();

        vm.clearRecent();

        assertThat(vm.recentProjects()).isEmpty();
        assertThat(settings.lastProject()).contains(path().toAbsolutePath().normalize());
        assertThat(settings.recentProjects()).doesNotContain(first);
        closeVm();
    }

    @Test
    void yourNameIsSavedInTheSettingsAndACancelOrABlankKeepsIt() {
        vm.start(Optional.empty());
        dialogs.texts.add("  Camille Martin  ");
        vm.changeAuthorName();
        assertThat(settings.authorName()).isEqualTo("Camille Martin");

        vm.changeAuthorName(); // cancelled: no answer in the queue
        dialogs.texts.add("   ");
        vm.changeAuthorName(); // blank: ignored
        assertThat(new Settings(home.resolve("config")).authorName()).isEqualTo("Camille Martin");
        closeVm();
    }

    @Test
    void closingWhileTheBriefCannotBeSavedAsksFirstAndCancelKeepsTheWindow() {
        java.util.concurrent.atomic.AtomicBoolean full = new java.util.concurrent.atomic.AtomicBoolean();
        SessionFactory failingBriefs = new SessionFactory() {
            private final SqliteProjectFiles files = new SqliteProjectFiles();

            @Override
            public org.offpiste.project.Session open(Path file) {
                return session(files.open(file));
            }

            @Override
            public org.offpiste.project.Session create(Path file) {
                return session(files.create(file));
            }

            private org.offpiste.project.Session session(Project p) {
                org.offpiste.brief.BriefStore briefs = (org.offpiste.brief.BriefStore) java.lang.reflect.Proxy
                        .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {org.offpiste.brief.BriefStore.class},
                                (proxy, method, args) -> {
                                    if (full.get() && !method.getName().equals("latest")
                                            && !method.getName().startsWith("version")) {
                                        throw new org.offpiste.project.ProjectException(
                                                org.offpiste.project.Problem.DISK_FULL, p.path(), "full");
                                    }
                                    try {
                                        return method.invoke(p.briefs(), args);
                                    } catch (java.lang.reflect.InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
                return new org.offpiste.project.Session(p, new org.offpiste.brief.BriefService(briefs),
                        new org.offpiste.board.BoardService(p.ideas(), () -> "tester"));
            }
        };
        vm = new WorkspaceViewModel(failingBriefs, settings, projects, new DirectTaskExecutor(), dialogs,
                new LanguageViewModel(settings));
        vm.start(Optional.empty());
        assertThat(vm.mayClose()).as("nothing pending").isTrue();
        assertThat(dialogs.confirms).isEmpty();

        full.set(true);
        vm.project().orElseThrow().brief().fieldProperty(org.offpiste.brief.BriefField.INSIGHT)
                .set("They hate feeling lectured");
        dialogs.confirmAnswer = false;
        assertThat(vm.mayClose()).isFalse();
        assertThat(dialogs.confirms).singleElement().asString().contains("could not be saved");
        assertThat(vm.project()).isPresent();

        full.set(false);
        assertThat(vm.mayClose()).as("saved on the second try").isTrue();
        closeVm();
    }

    @Test
    void aboutNamesTheVersionLicenceAndPrivacy() {
        vm.about();

        assertThat(dialogs.infos).singleElement().satisfies(text -> assertThat(text)
                .contains(AppInfo.version()).contains("Apache").contains("Nothing is sent anywhere"));
    }

    @Test
    void aProjectThatFinishesOpeningAfterTheWindowClosedIsClosedToo() {
        java.util.List<Runnable> pending = new java.util.ArrayList<>();
        org.offpiste.ui.TaskExecutor later = new org.offpiste.ui.TaskExecutor() {
            private final DirectTaskExecutor direct = new DirectTaskExecutor();

            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> ok,
                                java.util.function.Consumer<Throwable> failed) {
                pending.add(() -> direct.run(work, ok, failed));
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }

            @Override
            public Cancellable onUiLater(java.time.Duration delay, Runnable action) {
                return () -> { };
            }
        };
        vm = new WorkspaceViewModel(sessions, settings, projects, later, dialogs, new LanguageViewModel(settings));
        vm.start(Optional.empty());
        boolean[] done = {false};
        vm.close(() -> done[0] = true);
        assertThat(done[0]).as("the close waits for the opening queued before it").isFalse();

        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
        assertThat(done[0]).isTrue();

        assertThat(vm.project()).isEmpty();
        Path file = projects.resolve("Untitled.offpiste");
        try (Project again = new SqliteProjectFiles().open(file)) {
            assertThat(again.path()).isEqualTo(file);
        }
    }

    private static java.util.List<String> problemMessages(Path path) {
        Messages en = new Messages(Messages.ENGLISH);
        return java.util.Arrays.stream(org.offpiste.project.Problem.values())
                .map(p -> en.get("project.problem." + p.name(), path)).toList();
    }
}
