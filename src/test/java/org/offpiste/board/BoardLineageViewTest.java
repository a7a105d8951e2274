package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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

/** Versions and comments in the idea editor, on a real project file, driven by a robot (headless). */
class BoardLineageViewTest extends ApplicationTest {
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;
    private BoardInsightsViewModel insights;
    private Idea lantern;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = new SqliteProjectFiles().create(dir.resolve("lineage-" + System.nanoTime() + ".offpiste"));
        BoardService service = new BoardService(project.ideas(), project.versions(), () -> "Camille");
        lantern = service.add("Lantern slope", "Lanterns along the blue run.", List.of("night"), IdeaStatus.INBOX);
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(service, executor, false);
        insights = new BoardInsightsViewModel(viewModel, service, new FakeIdeation().ideation(), executor);
        stage.setScene(new Scene(new BoardView(viewModel, insights, new Messages(Messages.ENGLISH), null), 640, 900));
        stage.show();
    }

    @AfterEach
    void closeProject() throws Exception {
        BoardTeardown.close(this, executor, project, insights::dispose, viewModel::dispose);
    }

    @SuppressWarnings("unchecked")
    private ListView<IdeaVersion> versions() {
        return (ListView<IdeaVersion>) lookup("#board-versions-list").queryAs(ListView.class);
    }

    /** What the versions list's cells show now (each filled cell's first line). */
    private List<String> versionLines() {
        return from(versions()).lookup(".version-cell").queryAll().stream()
                .map(c -> (ListCell<?>) c)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getItem() != null)
                .map(c -> text(from(c).lookup(".version-line").query()))
                .toList();
    }

    private static String text(Node label) {
        return ((Label) label).getText();
    }

    @Test
    void anEditMakesASecondVersionTheFirstIsRestoredAnotherForkedAndACommentAdded() {
        ListView<Long> board = lookup("#board-list").queryListView();
        BoardViewTest.waitUntil(() -> board.getItems().size() == 1);
        interact(() -> viewModel.openEditor(lantern.id()));
        BoardViewTest.waitUntil(() -> lookup("#board-versions-list").tryQuery().isPresent()
                && versions().getItems().size() == 1);

        TextField title = lookup("#board-editor-title").query();
        interact(() -> title.setText("Solar lantern slope"));
        BoardViewTest.waitUntil(() -> versions().getItems().size() == 2); // the draft is written, then listed
        assertThat(versions().getItems()).extracting(IdeaVersion::kind)
                .containsExactly(VersionKind.EDITED, VersionKind.CREATED);
        List<String> lines = List.of("Edited by Camille · just now", "Created by Camille · just now");
        // the cells follow the items at the next layout pulses (the list grows to two rows first)
        BoardViewTest.waitUntil(() -> versionLines().containsAll(lines));
        assertThat(versionLines()).containsAll(lines);

        interact(() -> versions().getSelectionModel().select(1));
        assertThat(text(lookup("#board-versions-title").query())).isEqualTo("Lantern slope");
        Button restore = lookup("#board-versions-restore").queryButton();
        assertThat(restore.isDisabled()).isFalse();
        interact(restore::fire);
        BoardViewTest.waitUntil(() -> project.ideas().find(lantern.id()).orElseThrow().title().equals("Lantern slope")
                && versions().getItems().size() == 3);
        assertThat(versions().getItems().get(0).kind()).isEqualTo(VersionKind.RESTORED);
        TextField reopened = lookup("#board-editor-title").query();
        assertThat(reopened.getText()).isEqualTo("Lantern slope");

        interact(() -> versions().getSelectionModel().select(1)); // the edit, "Solar lantern slope"
        interact(() -> lookup("#board-versions-fork").queryButton().fire());
        BoardViewTest.waitUntil(() -> project.ideas().count() == 2 && viewModel.editorProperty().get() != null
                && viewModel.editorProperty().get().getId() != lantern.id());
        long fork = viewModel.editorProperty().get().getId();
        BoardViewTest.waitUntil(() -> board.getItems().contains(fork)
                && fork == board.getSelectionModel().getSelectedItem()); // revealed on the board
        BoardViewTest.waitUntil(() -> lookup("#board-versions-list").tryQuery().isPresent()
                && versions().getItems().size() == 1 && versions().getItems().get(0).kind() == VersionKind.FORKED);
        assertThat(((TextField) lookup("#board-editor-title").query()).getText()).isEqualTo("Solar lantern slope");

        TextArea comment = lookup("#board-comments-field").query();
        interact(() -> {
            comment.setText("Cheaper with solar?");
            comment.requestFocus();
        });
        push(KeyCode.SHORTCUT, KeyCode.ENTER);
        BoardViewTest.waitUntil(() -> project.comments().comments(fork).size() == 1
                && lookup(".comment-body").tryQuery().isPresent());
        assertThat(text(lookup(".comment-body").query())).isEqualTo("Cheaper with solar?");
        assertThat(project.comments().comments(fork).get(0).author()).isEqualTo("Camille");
        assertThat(comment.getText()).isEmpty();
        assertThat(viewModel.editorProperty().get()).isNotNull(); // the shortcut added the comment, not Save
    }
}
