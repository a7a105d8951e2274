package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.testing.FxWait;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** The board pane on a real project file, driven by a robot (headless). */
class BoardViewTest extends ApplicationTest {
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;
    private ListView<Long> list;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = new SqliteProjectFiles().create(dir.resolve("board-" + System.nanoTime() + ".offpiste"));
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(new BoardService(project.ideas(), () -> "Camille"), executor, false);
        BoardView view = new BoardView(viewModel, new Messages(Messages.ENGLISH), null);
        stage.setScene(new Scene(view, 560, 760));
        stage.show();
        list = lookup("#board-list").queryListView();
    }

    @AfterEach
    void closeProject() throws Exception {
        BoardTeardown.close(this, executor, project, viewModel::dispose);
    }

    @Test
    void quickAddTagSearchFilterDeleteAndUndoOnARealProject() {
        assertThat(lookup("#board-empty").query().isVisible()).isTrue();

        quickAdd("Other idea about snow");
        quickAdd("Télésiège nocturne");
        waitUntil(() -> viewModel.matchCountProperty().get() == 2 && titleShown("Télésiège nocturne"));
        Idea added = project.ideas().query(IdeaQuery.all().withText("nocturne")).get(0);
        assertThat(added.author()).isEqualTo("Camille");
        assertThat(added.status()).isEqualTo(IdeaStatus.INBOX);

        // open it with Enter, tag it in the editor, save
        interact(() -> list.getSelectionModel().select(Long.valueOf(added.id())));
        clickOn(list);
        interact(() -> list.getSelectionModel().select(Long.valueOf(added.id())));
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#board-editor").tryQuery().isPresent());
        TextField tagInput = lookup("#board-editor-tags").query();
        clickOn(tagInput);
        interact(() -> tagInput.setText("night"));
        type(KeyCode.ENTER);
        interact(() -> tagInput.setText("chairlift"));
        type(KeyCode.COMMA);
        assertThat(viewModel.editorProperty().get().getTags()).containsExactly("night", "chairlift");
        clickOn("#board-editor-save");
        waitUntil(() -> lookup("#board-editor").tryQuery().isEmpty()
                && project.ideas().find(added.id()).orElseThrow().tags().size() == 2);
        assertThat(project.ideas().find(added.id()).orElseThrow().tags()).containsExactly("chairlift", "night");

        // search without accents finds the accented title
        TextField search = lookup("#board-search").query();
        clickOn(search);
        interact(() -> search.setText("telesiege"));
        waitUntil(() -> viewModel.matchCountProperty().get() == 1 && titleShown("Télésiège nocturne"));
        interact(() -> search.setText("zebra"));
        waitUntil(() -> lookup("#board-no-match").query().isVisible());
        clickOn(search);
        type(KeyCode.ESCAPE);
        waitUntil(() -> viewModel.matchCountProperty().get() == 2);

        // filter by the tag by clicking it on the card
        waitUntil(() -> lookup(".tag-chip").tryQuery().isPresent());
        clickOn(lookup(".idea-card .tag-chip").match(n -> "night".equals(((javafx.scene.control.Button) n).getText())).<Node>query());
        waitUntil(() -> viewModel.matchCountProperty().get() == 1);
        assertThat(viewModel.getTagFilter()).containsExactly("night");
        clickOn("#board-clear-filters");
        waitUntil(() -> viewModel.matchCountProperty().get() == 2);

        // delete with the Delete key, then Undo from the snackbar
        interact(() -> list.getSelectionModel().select(Long.valueOf(added.id())));
        clickOn(list);
        interact(() -> list.getSelectionModel().select(Long.valueOf(added.id())));
        type(KeyCode.DELETE);
        waitUntil(() -> project.ideas().find(added.id()).isEmpty() && lookup("#board-snackbar-action").query().isVisible());
        waitUntil(() -> viewModel.matchCountProperty().get() == 1);
        clickOn("#board-snackbar-action");
        waitUntil(() -> project.ideas().find(added.id()).isPresent() && viewModel.matchCountProperty().get() == 2
                && titleShown("Télésiège nocturne"));
        assertThat(project.ideas().find(added.id()).orElseThrow().tags()).containsExactly("chairlift", "night");
    }

    @Test
    void statusFromTheKeyboardAndTheStatusFilter() {
        quickAdd("Move me");
        waitUntil(() -> titleShown("Move me"));
        interact(() -> list.getSelectionModel().select(0));
        clickOn(list);
        interact(() -> list.getSelectionModel().select(0));
        type(KeyCode.DIGIT2);
        waitUntil(() -> project.ideas().query(IdeaQuery.all()).get(0).status() == IdeaStatus.SHORTLIST);
        clickOn("#board-status-parked");
        waitUntil(() -> lookup("#board-no-match").query().isVisible());
        clickOn("#board-status-shortlist");
        waitUntil(() -> titleShown("Move me"));
        assertThat(lookup("#board-count").queryLabeled().getText()).isEqualTo("1 idea");
    }

    private void quickAdd(String title) {
        TextField field = lookup("#board-quick-add").query();
        clickOn(field);
        interact(() -> field.setText(title));
        type(KeyCode.ENTER);
    }

    private boolean titleShown(String title) {
        return lookup(".idea-cell .card-title").queryAll().stream()
                .anyMatch(n -> n.isVisible() && title.equals(((Label) n).getText()));
    }

    static void waitUntil(BooleanSupplier condition) {
        FxWait.waitUntil(condition);
    }

}
