package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.store.PostgresTestBoard;
import org.offpiste.store.PostgresTesting;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Two people on one team board (PostgreSQL), each with their own connection: Camille's window has the
 * idea open in the editor when Ben, connected separately, changes it; her editor shows the conflict,
 * and "Use mine" puts her text back on the board Ben sees. Skipped without a PostgreSQL server.
 */
class BoardConflictTeamBoardViewTest extends ApplicationTest {
    private static PostgresTestBoard board;
    private Project camilleBoard;
    private Project benBoard;
    private FxTaskExecutor executor;
    private BoardService ben;
    private BoardViewModel viewModel;
    private Idea lantern;

    @BeforeAll
    static void server() {
        board = PostgresTesting.board();
    }

    @AfterAll
    static void dropBoard() {
        if (board != null) {
            board.close();
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        camilleBoard = board.open();
        benBoard = board.open();
        BoardService camille = new BoardService(camilleBoard.ideas(), () -> "Camille");
        ben = new BoardService(benBoard.ideas(), () -> "Ben");
        lantern = camille.add("Lantern slope", "Lanterns along the blue run.", List.of("night"), IdeaStatus.INBOX);
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(camille, executor, false);
        stage.setScene(new Scene(new BoardView(viewModel, null, new Messages(Messages.ENGLISH), null), 640, 900));
        stage.show();
    }

    @AfterEach
    void closeBoards() {
        benBoard.close();
        BoardTeardown.close(this, executor, camilleBoard, viewModel::dispose);
    }

    private Idea onBensBoard() {
        return benBoard.ideas().find(lantern.id()).orElseThrow();
    }

    private TextField title() {
        return lookup("#board-editor-title").query();
    }

    private boolean barShown() {
        return lookup("#board-editor-conflict").tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void benChangesTheIdeaFromHisConnectionCamillesEditorShowsTheConflictAndUseMineWins() {
        ListView<Long> list = lookup("#board-list").queryListView();
        BoardViewTest.waitUntil(() -> list.getItems().size() == 1);
        interact(() -> viewModel.openEditor(lantern.id()));
        BoardViewTest.waitUntil(() -> lookup("#board-editor-title").tryQuery().isPresent());
        interact(() -> title().setText("Solar lantern slope"));
        BoardViewTest.waitUntil(() -> onBensBoard().title().equals("Solar lantern slope"));

        ben.edit(onBensBoard(), "Ben's torch parade", "Torches.", List.of("night"), IdeaStatus.INBOX);
        interact(() -> title().setText("Solar lantern slope at dusk"));

        BoardViewTest.waitUntil(this::barShown);
        assertThat(((Label) lookup("#board-editor-conflict-message").query()).getText())
                .isEqualTo("Ben changed this idea while you were editing it. Both texts are kept as versions.");
        assertThat(onBensBoard().title()).isEqualTo("Ben's torch parade");
        assertThat(benBoard.versions().history(lantern.id())).extracting(IdeaVersion::kind, IdeaVersion::title)
                .contains(org.assertj.core.groups.Tuple.tuple(VersionKind.EDITED, "Ben's torch parade"),
                        org.assertj.core.groups.Tuple.tuple(VersionKind.CONFLICTED, "Solar lantern slope at dusk"));

        interact(() -> lookup("#board-editor-conflict-mine").queryButton().fire());

        BoardViewTest.waitUntil(() -> onBensBoard().title().equals("Solar lantern slope at dusk") && !barShown());
        assertThat(title().getText()).isEqualTo("Solar lantern slope at dusk");
    }
}
