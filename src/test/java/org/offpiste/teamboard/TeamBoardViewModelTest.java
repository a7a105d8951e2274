package org.offpiste.teamboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.testing.MemoryKeyring;
import org.offpiste.ui.DirectTaskExecutor;
import org.offpiste.ui.TaskExecutor;

class TeamBoardViewModelTest {
    private static final TeamBoardAddress BOARD = new TeamBoardAddress("db.example", 5432, "workshop", "ana",
            TlsMode.REQUIRE);
    private final Messages m = new Messages(Messages.ENGLISH);
    private final MemoryKeyring keyring = new MemoryKeyring();
    private final List<String> passwordsTried = new ArrayList<>();
    private final List<Session> opened = new ArrayList<>();

    @TempDir
    Path dir;

    private TeamBoardViewModel vm(Map<String, String> env, TaskExecutor executor, String rightPassword) {
        TeamBoardViewModel.Opener opener = (address, password) -> {
            passwordsTried.add(new String(password));
            if (!new String(password).equals(rightPassword)) {
                throw new ProjectException(Problem.AUTH_FAILED, address.asPath(), "password authentication failed");
            }
            Project p = new SqliteProjectFiles().create(dir.resolve("board" + passwordsTried.size() + ".offpiste"));
            return new Session(p, new BriefService(p.briefs()), new BoardService(p.ideas(), () -> "ana"));
        };
        TeamBoardViewModel vm = new TeamBoardViewModel(TeamBoardViewModel.Mode.CONNECT, m, executor,
                new TeamPasswords(env, () -> keyring), opener, (s, a) -> opened.add(s));
        vm.fill(BOARD);
        return vm;
    }

    @Test
    void theFieldsMustMakeAnAddress() {
        TeamBoardViewModel vm = vm(Map.of(), new DirectTaskExecutor(), "pw");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.address()).contains(BOARD);

        vm.portProperty().set("70000");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problem(TeamBoardViewModel.Field.PORT, "70000")).contains("The port is a number from 1 to 65535.");
        assertThat(vm.problem(TeamBoardViewModel.Field.HOST, "  ")).contains("Give the server's name or address.");
        assertThat(vm.problem(TeamBoardViewModel.Field.USER, "ana")).isEmpty();

        vm.submit();
        assertThat(passwordsTried).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(TeamBoardViewModel.State.EDITING);
    }

    @Test
    void aWrongPasswordShowsTheServersRefusalAndARightOneOpensTheBoard() {
        TeamBoardViewModel vm = vm(Map.of(), new DirectTaskExecutor(), "right");
        vm.passwordProperty().set("wrong");

        vm.submit();

        assertThat(vm.stateProperty().get()).isEqualTo(TeamBoardViewModel.State.FAILED);
        assertThat(vm.statusProperty().get()).isEqualTo(
                "The team board's server at ana@db.example:5432/workshop refused this user name or password.");
        assertThat(opened).isEmpty();

        vm.passwordProperty().set("right");
        vm.submit();

        assertThat(vm.stateProperty().get()).isEqualTo(TeamBoardViewModel.State.DONE);
        assertThat(opened).hasSize(1);
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(keyring.entries()).isEmpty(); // not asked to remember it
        opened.forEach(Session::close);
    }

    @Test
    void theTypedPasswordIsKeptInTheKeyringOnlyWhenAskedAndOnlyOnceItWorked() {
        TeamBoardViewModel vm = vm(Map.of(), new DirectTaskExecutor(), "right");
        vm.rememberProperty().set(true);
        vm.passwordProperty().set("wrong");
        vm.submit();
        assertThat(keyring.entries()).isEmpty();

        vm.passwordProperty().set("right");
        vm.submit();

        assertThat(keyring.entries()).containsEntry("team-board:ana@db.example:5432/workshop", "right");
        opened.forEach(Session::close);
    }

    @Test
    void anEmptyFieldTakesTheKeyringThenTheEnvironment() {
        keyring.entries().put("team-board:ana@db.example:5432/workshop", "from-keyring");
        vm(Map.of(TeamPasswords.VARIABLE, "from-env"), new DirectTaskExecutor(), "from-keyring").submit();
        keyring.entries().clear();
        vm(Map.of(TeamPasswords.VARIABLE, "from-env"), new DirectTaskExecutor(), "from-env").submit();
        TeamBoardViewModel typed = vm(Map.of(TeamPasswords.VARIABLE, "from-env"), new DirectTaskExecutor(), "typed");
        typed.passwordProperty().set("typed");
        typed.submit();

        assertThat(passwordsTried).containsExactly("from-keyring", "from-env", "typed");
        assertThat(opened).hasSize(3);
        opened.forEach(Session::close);
    }

    @Test
    void cancelStopsWaitingAndABoardThatOpensAfterwardsIsClosed() {
        HeldExecutor executor = new HeldExecutor();
        TeamBoardViewModel vm = vm(Map.of(), executor, "pw");
        executor.runAll(); // the keyring check
        vm.passwordProperty().set("pw");

        vm.submit();
        assertThat(vm.stateProperty().get()).isEqualTo(TeamBoardViewModel.State.WORKING);
        assertThat(vm.statusProperty().get()).isEqualTo("Connecting to ana@db.example:5432/workshop…");
        vm.cancel();
        executor.runAll(); // the connection ends, then its board is closed
        executor.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(TeamBoardViewModel.State.EDITING);
        assertThat(opened).isEmpty();
        assertThat(passwordsTried).containsExactly("pw");
        // Closed: the file opens again (an open project holds its lock).
        new SqliteProjectFiles().open(dir.resolve("board1.offpiste")).close();
    }

    @Test
    void publishingOnABoardWithWorkOnItSaysSo() {
        TeamBoardViewModel vm = new TeamBoardViewModel(TeamBoardViewModel.Mode.PUBLISH, m, new DirectTaskExecutor(),
                new TeamPasswords(Map.of(), () -> keyring), (a, p) -> {
                    throw new ProjectException(Problem.ALREADY_EXISTS, a.asPath(), "not empty");
                }, (s, a) -> opened.add(s));
        vm.fill(BOARD);

        vm.submit();

        assertThat(vm.statusProperty().get()).startsWith(
                "The team board ana@db.example:5432/workshop already holds somebody's work");
    }

    /** Runs background work only when told, as if the network were slow. */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> new DirectTaskExecutor().run(work, onSuccess, onFailure));
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }

        @Override
        public Cancellable onUiLater(Duration delay, Runnable action) {
            return () -> { };
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }
}
