package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offpiste.board.BoardViewTest.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** A read-only board, in French: ideas can be read and opened, never changed. */
class BoardReadOnlyViewTest extends ApplicationTest {
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;

    @Override
    public void start(Stage stage) {
        project = new SqliteProjectFiles().create(dir.resolve("ro-" + System.nanoTime() + ".offpiste"));
        project.ideas().addAll(List.of(new NewIdea("Télésiège karaoké", "Chanter", List.of("nuit"), IdeaStatus.INBOX, "Ana")));
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(new BoardService(project.ideas(), () -> "Ana"), executor, true);
        stage.setScene(new Scene(new BoardView(viewModel, new Messages(Messages.FRENCH), null), 560, 700));
        stage.show();
    }

    @AfterEach
    void closeProject() {
        interact(viewModel::dispose);
        executor.shutdown(Duration.ofSeconds(5));
        project.close();
    }

    @Test
    void noEditingControlsAndKeysChangeNothing() {
        ListView<Long> list = lookup("#board-list").queryListView();
        waitUntil(() -> list.getItems().size() == 1 && lookup(".card-title").queryLabeled().getText().equals("Télésiège karaoké"));
        assertThat(lookup("#board-quick-add").tryQuery()).isEmpty();
        assertThat(lookup(".read-only-banner").queryLabeled().getText()).contains("lecture seule");
        assertThat(lookup("#board-count").queryLabeled().getText()).isEqualTo("1 idée");
        assertThat(lookup(".idea-cell").<ListCell<?>>query().getContextMenu()).isNull();

        interact(() -> list.getSelectionModel().select(0));
        clickOn(list);
        interact(() -> list.getSelectionModel().select(0));
        type(KeyCode.DELETE);
        type(KeyCode.DIGIT4);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#board-editor").tryQuery().isPresent());
        assertThat(lookup("#board-editor-save").tryQuery()).isEmpty();
        assertThat(lookup("#board-editor-title").queryTextInputControl().isEditable()).isFalse();
        Idea idea = project.ideas().query(IdeaQuery.all()).get(0);
        assertThat(idea.status()).isEqualTo(IdeaStatus.INBOX);
        assertThat(project.ideas().count()).isEqualTo(1);
    }
}
