package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
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
import org.offpiste.llm.KeyringBackend;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoardUrl;
import org.offpiste.project.TeamBoards;
import org.offpiste.settings.Settings;
import org.offpiste.store.PostgresTestBoard;
import org.offpiste.store.PostgresTesting;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.teamboard.TeamBoardSessions;
import org.offpiste.teamboard.TeamBoardSupport;
import org.offpiste.teamboard.TeamPasswords;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** File › Connect to a Team Board… in the real window, on a real PostgreSQL server; then File › Export to a File…. */
class TeamBoardPostgresWindowTest {
    @TempDir
    Path home;
    private WindowFixture app;
    private PostgresTestBoard server;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null && app.window.stage().isShowing()) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aWrongPasswordShowsTheRefusalTheRightOneOpensTheBoardWhichExportsToAFile() throws Exception {
        server = PostgresTesting.board();
        try (Project seeded = server.open()) {
            seeded.ideas().add(new org.offpiste.board.NewIdea("Lantern lift", "", List.of("night"), IdeaStatus.INBOX,
                    "Ana"));
        }
        new Settings(home.resolve("config")).setLanguage(Messages.ENGLISH);
        app = new WindowFixture(home);
        app.teamBoards = new TeamBoardSupport(sessions(server.teamBoards()),
                new TeamPasswords(Map.of(), TeamBoardPostgresWindowTest::noKeyring));
        app.open(Optional.empty());
        TeamBoardAddress a = server.address();

        app.fireLater("menu-connect");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.robot.lookup("#teamboard-host").tryQuery().isPresent());
        fill("#teamboard-host", a.host());
        fill("#teamboard-port", String.valueOf(a.port()));
        fill("#teamboard-database", a.database());
        fill("#teamboard-user", a.user());
        app.robot.interact(() -> app.robot.lookup("#teamboard-tls").queryComboBox().getSelectionModel().select(a.tls()));
        fill("#teamboard-password", "not-" + "it");
        Button go = app.robot.lookup("#teamboard-go").queryAs(Button.class);
        app.robot.interact(go::fire);

        Label status = app.robot.lookup("#teamboard-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("refused"));
        assertThat(status.getText()).isEqualTo("The team board's server at " + a.asPath()
                + " refused this user name or password.");

        fill("#teamboard-password", new String(server.password()));
        app.robot.interact(go::fire);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.vm.project()
                .map(p -> p.session().project().teamBoard().isPresent()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.stage().getTitle()).isEqualTo(a.database() + " @ " + a.host() + " — Offpiste");
        BoardService board = app.vm.project().orElseThrow().session().board();
        assertThat(board.store().count()).isEqualTo(1);

        Path out = home.resolve("exported.offpiste");
        app.dialogs.files.add(out);
        app.fire("menu-export-board");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.vm.noticeProperty().get() != null
                && Files.exists(out));
        assertThat(app.vm.noticeProperty().get().text()).isEqualTo("The team board was exported to " + out + ".");
        try (Project copy = new SqliteProjectFiles().open(out)) {
            assertThat(copy.ideas().count()).isEqualTo(1);
        }
        String settings = Files.readString(home.resolve("config/settings.properties"));
        assertThat(settings).doesNotContain(new String(server.password()));
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void startingOnTheBoardsUrlWithThePasswordInTheEnvironmentOpensTheBoard() throws Exception {
        server = PostgresTesting.board();
        TeamBoardAddress a = server.address();
        new Settings(home.resolve("config")).setLanguage(Messages.ENGLISH);
        app = new WindowFixture(home);
        app.teamBoards = new TeamBoardSupport(sessions(server.teamBoards()),
                new TeamPasswords(Map.of(TeamPasswords.VARIABLE, new String(server.password())),
                        TeamBoardPostgresWindowTest::noKeyring));
        app.board = Optional.of(TeamBoardUrl.parse(TeamBoardUrl.format(a))); // as offpiste open postgresql://… gives it
        app.open(Optional.empty());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.vm.project()
                .map(p -> p.session().project().teamBoard().isPresent()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.stage().getTitle()).isEqualTo(a.database() + " @ " + a.host() + " — Offpiste");
        assertThat(app.robot.lookup("#teamboard-host").tryQuery()).isEmpty();
        assertThat(app.dialogs.errors).isEmpty();
    }

    private void fill(String id, String text) {
        TextField field = app.robot.lookup(id).queryAs(TextField.class);
        app.robot.interact(() -> field.setText(text));
    }

    private static TeamBoardSessions sessions(TeamBoards boards) {
        return new TeamBoardSessions() {
            @Override
            public Session connect(TeamBoardAddress address, char[] password) {
                return session(boards.connect(address, password));
            }

            @Override
            public Session publish(Project source, TeamBoardAddress address, char[] password) {
                return session(boards.publish(source, address, password));
            }
        };
    }

    private static Session session(Project p) {
        return new Session(p, new BriefService(p.briefs()), new BoardService(p.ideas(), () -> "tester"));
    }

    private static KeyringBackend noKeyring() {
        throw new IllegalStateException("no keyring in this test");
    }
}
