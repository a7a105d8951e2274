package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offpiste.board.BoardViewTest.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** "Paste ideas…" on a real project file, driven by a robot (headless): a long list pasted, previewed and added. */
class PasteIdeasViewTest extends ApplicationTest {
    private static final int COUNT = 120;
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;
    private BoardService service;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = new SqliteProjectFiles().create(dir.resolve("paste-" + System.nanoTime() + ".offpiste"));
        executor = new FxTaskExecutor();
        service = new BoardService(project.ideas(), () -> "Camille");
        viewModel = new BoardViewModel(service, executor, false);
        stage.setScene(new Scene(new BoardView(viewModel, new Messages(Messages.ENGLISH), null), 560, 760));
        stage.show();
    }

    @AfterEach
    void closeProject() throws Exception {
        BoardTeardown.close(this, executor, project, viewModel::dispose);
    }

    @Test
    void aLongPastedListIsPreviewedThenAddedToTheInboxAsOneStepOfUndo() {
        service.add("Already there", "", List.of(), IdeaStatus.SHORTLIST);
        interact(() -> viewModel.statusFilterProperty().set(IdeaStatus.SHORTLIST));
        String list = "Ideas from the workshop:\n\n" + IntStream.rangeClosed(1, COUNT)
                .mapToObj(i -> i + ". Idea number " + i + (i % 3 == 0 ? " — with a few words about it" : ""))
                .collect(Collectors.joining("\n"));

        clickOn("#board-paste");
        waitUntil(() -> lookup("#paste-text").tryQuery().isPresent());
        Button add = lookup("#paste-add").query();
        assertThat(add.isDisabled()).isTrue();
        TextArea area = lookup("#paste-text").query();
        interact(() -> area.setText(list));

        waitUntil(() -> "120 ideas found".equals(lookup("#paste-found").<Label>query().getText()));
        ListView<?> preview = lookup("#paste-preview").query();
        assertThat(preview.getItems()).hasSize(COUNT);
        assertThat(add.getText()).isEqualTo("Add 120 ideas");
        assertThat(add.isDisabled()).isFalse();
        clickOn(add);

        waitUntil(() -> lookup("#paste-ideas").tryQuery().isEmpty() && viewModel.totalCountProperty().get() == COUNT + 1);
        List<Idea> inbox = project.ideas().query(IdeaQuery.all().withStatuses(java.util.Set.of(IdeaStatus.INBOX)));
        assertThat(inbox).hasSize(COUNT).allMatch(i -> i.author().equals("Camille"));
        assertThat(inbox).extracting(Idea::title).contains("Idea number 1", "Idea number 120");
        assertThat(inbox).filteredOn(i -> i.title().equals("Idea number 3")).extracting(Idea::body)
                .containsExactly("with a few words about it");
        waitUntil(() -> viewModel.statusFilterProperty().get() == null && viewModel.matchCountProperty().get() == COUNT + 1);
        Idea first = inbox.stream().filter(i -> i.title().equals("Idea number 1")).findFirst().orElseThrow();
        waitUntil(() -> Long.valueOf(first.id()).equals(viewModel.revealedProperty().get()));

        interact(viewModel::undo);
        waitUntil(() -> viewModel.totalCountProperty().get() == 1);
        assertThat(project.ideas().query(IdeaQuery.all())).extracting(Idea::title).containsExactly("Already there");
    }

    @Test
    void cancelAddsNothing() {
        clickOn("#board-paste");
        waitUntil(() -> lookup("#paste-text").tryQuery().isPresent());
        TextArea area = lookup("#paste-text").query();
        interact(() -> area.setText("Torchlight descent\nNight pass"));
        waitUntil(() -> "2 ideas found".equals(lookup("#paste-found").<Label>query().getText()));
        clickOn("Cancel");
        waitUntil(() -> lookup("#paste-ideas").tryQuery().isEmpty());
        assertThat(project.ideas().query(IdeaQuery.all())).isEmpty();
    }
}
