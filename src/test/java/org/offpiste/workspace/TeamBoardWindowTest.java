package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoardUrl;
import org.offpiste.project.TlsMode;
import org.offpiste.settings.Settings;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.teamboard.TeamBoardSessions;
import org.offpiste.teamboard.TeamBoardSupport;
import org.offpiste.teamboard.TeamPasswords;
import org.offpiste.testing.MemoryKeyring;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Connect to a Team Board… and Publish to a Team Board… in the real window, over boards
 * that stand in for a server (a file answering with the board's address; the password "right").
 */
class TeamBoardWindowTest {
    private static final String RIGHT = "right";
    @TempDir
    Path home;
    private WindowFixture app;
    private final Map<String, String> keyring = new HashMap<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void start(Optional<Path> file) throws Exception {
        start(file, Map.of(), Optional.empty());
    }

    private void start(Optional<Path> file, Map<String, String> environment, Optional<TeamBoardAddress> board)
            throws Exception {
        new Settings(home.resolve("config")).setLanguage(Messages.ENGLISH);
        app = new WindowFixture(home);
        app.teamBoards = new TeamBoardSupport(new Boards(),
                new TeamPasswords(environment, () -> new MemoryKeyring(keyring)));
        app.board = board;
        app.open(file);
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null && app.window.stage().isShowing()) {
            app.close();
        }
    }

    @Test
    void aWrongPasswordIsSaidInTheDialogAndTheRightOneOpensTheBoardLikeAFile() throws Exception {
        start(Optional.empty());
        app.fireLater("menu-connect");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.robot.lookup("#teamboard-host").tryQuery().isPresent());
        Button go = app.robot.lookup("#teamboard-go").queryAs(Button.class);
        assertThat(go.isDisabled()).isTrue(); // nothing typed yet
        assertThat(app.robot.lookup("#teamboard-port").queryAs(TextField.class).getText()).isEqualTo("5432");
        fill("#teamboard-host", "db.example");
        fill("#teamboard-database", "workshop");
        fill("#teamboard-user", "ana");
        fill("#teamboard-port", "port");
        assertThat(go.isDisabled()).isTrue();
        fill("#teamboard-port", "5432");
        assertThat(go.isDisabled()).isFalse();
        fill("#teamboard-password", "wrong");

        app.robot.interact(go::fire);

        Label status = app.robot.lookup("#teamboard-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("refused"));
        assertThat(status.getText()).isEqualTo(
                "The team board's server at ana@db.example:5432/workshop refused this user name or password.");
        assertThat(app.vm.project().orElseThrow().session().project().teamBoard()).isEmpty();

        fill("#teamboard-password", RIGHT);
        app.robot.interact(() -> app.robot.lookup("#teamboard-remember").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(true));
        app.robot.interact(go::fire);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.vm.project()
                .map(p -> p.session().project().teamBoard().isPresent()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.robot.lookup("#teamboard-host").tryQuery()).isEmpty(); // the dialog closed
        assertThat(app.window.stage().getTitle()).isEqualTo("workshop @ db.example — Offpiste");
        assertThat(app.menuItem("menu-export-board").isVisible()).isTrue();
        assertThat(app.menuItem("menu-saveCopy").isVisible()).isFalse();
        assertThat(app.menuItem("menu-publish").isDisable()).isTrue();
        assertThat(app.vm.teamBoards().recent()).extracting(TeamBoardAddress::display)
                .containsExactly("ana@db.example:5432/workshop");
        assertThat(app.vm.recentProjects()).noneMatch(p -> p.toString().contains("db.example"));
        assertThat(keyring).containsEntry("team-board:ana@db.example:5432/workshop", RIGHT);
        String settings = Files.readString(home.resolve("config/settings.properties"));
        assertThat(settings).contains("postgresql\\://ana@db.example\\:5432/workshop?sslmode\\=prefer")
                .doesNotContain(RIGHT).doesNotContain("wrong");
    }

    @Test
    void startingOnABoardUrlWithThePasswordInTheEnvironmentOpensTheBoard() throws Exception {
        start(Optional.empty(), Map.of(TeamPasswords.VARIABLE, RIGHT),
                Optional.of(TeamBoardUrl.parse("postgresql://ana@db.example:5433/workshop?sslmode=require")));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.vm.project()
                .map(p -> p.session().project().teamBoard().isPresent()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.stage().getTitle()).isEqualTo("workshop @ db.example — Offpiste");
        assertThat(app.vm.project().orElseThrow().session().project().teamBoard().orElseThrow())
                .isEqualTo(new TeamBoardAddress("db.example", 5433, "workshop", "ana", TlsMode.REQUIRE));
        assertThat(app.robot.lookup("#teamboard-host").tryQuery()).isEmpty(); // no dialog left open
        assertThat(app.vm.teamBoards().recent()).extracting(TeamBoardAddress::display)
                .containsExactly("ana@db.example:5433/workshop");
        assertThat(keyring).isEmpty(); // a password from the environment is not kept
    }

    @Test
    void startingOnABoardUrlWithoutAPasswordShowsTheConnectDialogFilledIn() throws Exception {
        start(Optional.empty(), Map.of(),
                Optional.of(TeamBoardUrl.parse("postgresql://ana@db.example:5433/workshop?sslmode=require")));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.robot.lookup("#teamboard-host").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#teamboard-host")).isEqualTo("db.example");
        assertThat(text("#teamboard-port")).isEqualTo("5433");
        assertThat(text("#teamboard-database")).isEqualTo("workshop");
        assertThat(text("#teamboard-user")).isEqualTo("ana");
        assertThat(app.robot.lookup("#teamboard-tls").queryAs(ComboBox.class).getValue()).isEqualTo(TlsMode.REQUIRE);
        assertThat(text("#teamboard-password")).isEmpty();
        assertThat(app.robot.lookup("#teamboard-status").queryAs(Label.class).getText()).isEmpty(); // no attempt
        assertThat(app.vm.project().orElseThrow().session().project().teamBoard()).isEmpty();

        fill("#teamboard-password", RIGHT);
        app.robot.interact(app.robot.lookup("#teamboard-go").queryAs(Button.class)::fire);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.vm.project()
                .map(p -> p.session().project().teamBoard().isPresent()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.stage().getTitle()).isEqualTo("workshop @ db.example — Offpiste");
    }

    @Test
    void startingOnABoardUrlUsesTheKeyringWhenTheEnvironmentHasNoPassword() throws Exception {
        keyring.put("team-board:ana@db.example:5432/workshop", RIGHT);
        start(Optional.empty(), Map.of(), Optional.of(TeamBoardUrl.parse("postgresql://ana@db.example/workshop")));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.vm.project()
                .map(p -> p.session().project().teamBoard().isPresent()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.stage().getTitle()).isEqualTo("workshop @ db.example — Offpiste");
    }

    @Test
    void publishingPutsTheOpenProjectOnTheBoardAndOpensIt() throws Exception {
        Path file = home.resolve("ideas.offpiste");
        new SqliteProjectFiles().create(file).close();
        start(Optional.of(file));
        app.vm.project().orElseThrow().session().board().add("Lantern lift", "", List.of("night"), IdeaStatus.INBOX);
        keyring.put("team-board:ana@db.example:5432/shared", RIGHT);

        app.fireLater("menu-publish");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.robot.lookup("#teamboard-host").tryQuery().isPresent());
        fill("#teamboard-host", "db.example");
        fill("#teamboard-database", "shared");
        fill("#teamboard-user", "ana");
        Button go = app.robot.lookup("#teamboard-go").queryAs(Button.class);
        assertThat(go.getText()).isEqualTo("Publish");
        app.robot.interact(go::fire); // the password comes from the keyring

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.vm.project()
                .map(p -> p.session().project().teamBoard().isPresent()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents(); // the notice follows the board's opening in the same FX event
        BoardService board = app.vm.project().orElseThrow().session().board();
        assertThat(board.store().count()).isEqualTo(1);
        assertThat(app.vm.noticeProperty().get().text())
                .isEqualTo("The project is now on the team board ana@db.example:5432/shared, open here.");
    }

    private String text(String id) {
        return app.robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class).getText();
    }

    private void fill(String id, String text) {
        TextField field = app.robot.lookup(id).queryAs(TextField.class);
        app.robot.interact(() -> field.setText(text));
    }

    /** Boards standing in for a server: a file per database, opened with the password "right". */
    private final class Boards implements TeamBoardSessions {
        @Override
        public Session connect(TeamBoardAddress address, char[] password) {
            check(address, password);
            Path f = home.resolve(address.database() + ".board");
            SqliteProjectFiles files = new SqliteProjectFiles();
            return session(new AddressedProject(Files.exists(f) ? files.open(f) : files.create(f), address));
        }

        @Override
        public Session publish(Project source, TeamBoardAddress address, char[] password) {
            check(address, password);
            Path f = home.resolve(address.database() + ".board");
            source.saveCopyAs(f);
            return session(new AddressedProject(new SqliteProjectFiles().open(f), address));
        }

        private void check(TeamBoardAddress address, char[] password) {
            if (!RIGHT.equals(new String(password))) {
                throw new ProjectException(Problem.AUTH_FAILED, address.asPath(), "password authentication failed");
            }
        }

        private Session session(Project p) {
            return new Session(p, new BriefService(p.briefs()), new BoardService(p.ideas(), () -> "tester"));
        }
    }
}
