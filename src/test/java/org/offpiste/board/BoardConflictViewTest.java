package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two people editing one idea, seen in the idea editor (headless robot, real project file): Camille's
 * window, and Ben writing into the same board through his own board service while her editor is open.
 */
class BoardConflictViewTest extends ApplicationTest {
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskExecutor executor;
    private BoardService camille;
    private BoardService ben;
    private BoardViewModel viewModel;
    private BoardInsightsViewModel insights;
    private Idea lantern;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = new SqliteProjectFiles().create(dir.resolve("conflict-" + System.nanoTime() + ".offpiste"));
        camille = new BoardService(project.ideas(), project.versions(), () -> "Camille");
        ben = new BoardService(project.ideas(), project.versions(), () -> "Ben");
        lantern = camille.add("Lantern slope", "Lanterns along the blue run.", List.of("night"), IdeaStatus.INBOX);
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(camille, executor, false);
        insights = new BoardInsightsViewModel(viewModel, camille, new FakeIdeation().ideation(), executor);
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

    private Idea current() {
        return project.ideas().find(lantern.id()).orElseThrow();
    }

    private TextField title() {
        return lookup("#board-editor-title").query();
    }

    private boolean barShown() {
        return lookup("#board-editor-conflict").tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The titles of the versions whose cells are marked as the two texts of a conflict. */
    private List<String> markedVersions() {
        return from(versions()).lookup(".version-cell").queryAll().stream()
                .map(c -> (ListCell<?>) c)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getItem() != null
                        && c.getPseudoClassStates().contains(CONFLICT))
                .map(c -> ((IdeaVersion) c.getItem()).title())
                .sorted().toList();
    }

    /** Camille opens the idea and types; Ben changes it meanwhile; Camille types on: the conflict. */
    private void conflictWithBen() {
        ListView<Long> board = lookup("#board-list").queryListView();
        BoardViewTest.waitUntil(() -> board.getItems().size() == 1);
        interact(() -> viewModel.openEditor(lantern.id()));
        BoardViewTest.waitUntil(() -> lookup("#board-versions-list").tryQuery().isPresent()
                && versions().getItems().size() == 1);
        interact(() -> title().setText("Solar lantern slope"));
        BoardViewTest.waitUntil(() -> current().title().equals("Solar lantern slope"));
        assertThat(barShown()).isFalse();

        ben.edit(current(), "Ben's torch parade", "Torches down the blue run.", List.of("night"), IdeaStatus.INBOX);
        interact(() -> title().setText("Solar lantern slope at dusk"));

        BoardViewTest.waitUntil(this::barShown);
        assertThat(((Label) lookup("#board-editor-conflict-message").query()).getText())
                .isEqualTo("Ben changed this idea while you were editing it. Both texts are kept as versions.");
        assertThat(current().title()).isEqualTo("Ben's torch parade");
        BoardViewTest.waitUntil(() -> versions().getItems().size() == 4
                && markedVersions().size() == 2);
        assertThat(versions().getItems()).extracting(IdeaVersion::kind).containsExactly(VersionKind.CONFLICTED,
                VersionKind.EDITED, VersionKind.EDITED, VersionKind.CREATED);
        assertThat(markedVersions()).containsExactly("Ben's torch parade", "Solar lantern slope at dusk");
        IdeaVersion mine = versions().getItems().get(0);
        assertThat(mine.madeBy()).isEqualTo("Camille");
    }

    @Test
    void inANarrowBoardPaneTheBarsMessageKeepsTheWholeWidthAboveItsButtons() {
        interact(() -> lookup("#board-list").query().getScene().getWindow().setWidth(300));
        conflictWithBen();
        WaitForAsyncUtils.waitForFxEvents();
        Label message = lookup("#board-editor-conflict-message").query();
        Node bar = lookup("#board-editor-conflict").query();
        Node mine = lookup("#board-editor-conflict-mine").query();
        assertThat(message.getWidth()).as("the message spans the bar").isGreaterThan(bar.getLayoutBounds().getWidth() * 0.75);
        assertThat(message.getHeight()).as("a few lines, not a letter a line").isLessThan(120);
        assertThat(mine.localToScene(0, 0).getY()).as("the buttons sit under the message")
                .isGreaterThanOrEqualTo(message.localToScene(0, message.getHeight()).getY());
    }

    @Test
    void inAVeryNarrowBoardPaneTheSaveHintHidesRatherThanStandingALetterALine() {
        ListView<Long> board = lookup("#board-list").queryListView();
        BoardViewTest.waitUntil(() -> board.getItems().size() == 1);
        interact(() -> viewModel.openEditor(lantern.id()));
        BoardViewTest.waitUntil(() -> lookup("#board-editor-save-hint").tryQuery().isPresent());
        Label hint = lookup("#board-editor-save-hint").query();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.isVisible()).as("room enough: the hint shows").isTrue();
        interact(() -> board.getScene().getWindow().setWidth(230));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.isVisible() && hint.getWidth() < 64).as("a hint squeezed narrower than a word").isFalse();
        assertThat(lookup("#board-editor-save").queryButton().isVisible()).isTrue();
    }

    @Test
    void useMineMakesTheRefusedTextTheIdeasAgainAndTheEditorShowsIt() {
        conflictWithBen();

        interact(() -> lookup("#board-editor-conflict-mine").queryButton().fire());

        BoardViewTest.waitUntil(() -> current().title().equals("Solar lantern slope at dusk") && !barShown()
                && lookup("#board-versions-list").tryQuery().isPresent() && versions().getItems().size() == 5);
        assertThat(title().getText()).isEqualTo("Solar lantern slope at dusk");
        assertThat(((TextArea) lookup("#board-editor-body").query()).getText()).isEqualTo("Lanterns along the blue run.");
        assertThat(versions().getItems().get(0).kind()).isEqualTo(VersionKind.RESTORED);
        assertThat(project.versions().history(lantern.id())).extracting(IdeaVersion::title)
                .contains("Ben's torch parade", "Solar lantern slope at dusk");

        interact(() -> title().setText("Solar lantern slope at night")); // a fresh session: written, no conflict
        BoardViewTest.waitUntil(() -> current().title().equals("Solar lantern slope at night"));
        assertThat(barShown()).isFalse();
    }

    @Test
    void keepTheirsClosesTheBarAndShowsTheirTextMineStaysAVersion() {
        conflictWithBen();

        interact(() -> lookup("#board-editor-conflict-theirs").queryButton().fire());

        BoardViewTest.waitUntil(() -> !barShown() && title().getText().equals("Ben's torch parade"));
        assertThat(((TextArea) lookup("#board-editor-body").query()).getText()).isEqualTo("Torches down the blue run.");
        assertThat(current().title()).isEqualTo("Ben's torch parade");
        assertThat(project.versions().history(lantern.id())).extracting(IdeaVersion::kind)
                .contains(VersionKind.CONFLICTED);
        BoardViewTest.waitUntil(() -> lookup("#board-versions-list").tryQuery().isPresent()
                && versions().getItems().size() == 4);
        interact(() -> versions().getSelectionModel().select(0)); // mine, refused: not what the idea holds
        assertThat(versions().getItems().get(0).kind()).isEqualTo(VersionKind.CONFLICTED);
        assertThat(lookup("#board-versions-restore").queryButton().isDisabled()).isFalse();
        interact(() -> versions().getSelectionModel().select(1)); // theirs: what the idea holds
        assertThat(lookup("#board-versions-restore").queryButton().isDisabled()).isTrue();

        interact(() -> title().setText("Ben's torch parade, with lanterns"));
        BoardViewTest.waitUntil(() -> current().title().equals("Ben's torch parade, with lanterns"));
        assertThat(barShown()).isFalse();
    }

    @Test
    void onePersonTypingUndoingAndRestoringNeverSeesAConflict() {
        ListView<Long> board = lookup("#board-list").queryListView();
        BoardViewTest.waitUntil(() -> board.getItems().size() == 1);
        interact(() -> viewModel.openEditor(lantern.id()));
        BoardViewTest.waitUntil(() -> lookup("#board-versions-list").tryQuery().isPresent());
        interact(() -> title().setText("Solar lantern slope"));
        BoardViewTest.waitUntil(() -> current().title().equals("Solar lantern slope"));
        interact(viewModel::undo);
        BoardViewTest.waitUntil(() -> current().title().equals("Lantern slope"));
        interact(() -> title().setText("Solar lantern slope again")); // the editor still held the undone text
        BoardViewTest.waitUntil(() -> current().title().equals("Solar lantern slope again"));
        interact(() -> viewModel.setStatus(lantern.id(), IdeaStatus.SHORTLIST));
        interact(() -> title().setText("Solar lantern slope, shortlisted"));
        BoardViewTest.waitUntil(() -> current().title().equals("Solar lantern slope, shortlisted"));
        BoardViewTest.waitUntil(() -> versions().getItems().size() >= 2);
        interact(() -> versions().getSelectionModel().select(versions().getItems().size() - 1)); // the first
        interact(() -> lookup("#board-versions-restore").queryButton().fire());
        BoardViewTest.waitUntil(() -> current().title().equals("Lantern slope"));
        BoardViewTest.waitUntil(() -> title().getText().equals("Lantern slope"));
        interact(() -> title().setText("Lantern slope, restored and typed on"));
        BoardViewTest.waitUntil(() -> current().title().equals("Lantern slope, restored and typed on"));

        assertThat(barShown()).isFalse();
        assertThat(project.versions().history(lantern.id())).extracting(IdeaVersion::kind)
                .doesNotContain(VersionKind.CONFLICTED);
    }

    @Test
    void whenTheBoardHearsOfTheirChangeTypedTextMeetsTheConflictAtOnce() {
        ListView<Long> board = lookup("#board-list").queryListView();
        BoardViewTest.waitUntil(() -> board.getItems().size() == 1);
        interact(() -> viewModel.openEditor(lantern.id()));
        BoardViewTest.waitUntil(() -> lookup("#board-editor-title").tryQuery().isPresent());

        interact(() -> title().setText("Solar lantern slope"));
        ben.edit(current(), "Ben's torch parade", "", List.of(), IdeaStatus.INBOX);
        camille.changedElsewhere(); // what the board's live feed does when another machine wrote

        BoardViewTest.waitUntil(this::barShown);
        assertThat(current().title()).isEqualTo("Ben's torch parade");
        assertThat(project.versions().head(lantern.id()).orElseThrow().title()).isEqualTo("Solar lantern slope");
    }

    @Test
    void withNothingTypedTheEditorFollowsTheirChange() {
        ListView<Long> board = lookup("#board-list").queryListView();
        BoardViewTest.waitUntil(() -> board.getItems().size() == 1);
        interact(() -> viewModel.openEditor(lantern.id()));
        BoardViewTest.waitUntil(() -> lookup("#board-editor-title").tryQuery().isPresent());

        ben.edit(current(), "Ben's torch parade", "Torches.", List.of(), IdeaStatus.INBOX);
        camille.changedElsewhere();

        BoardViewTest.waitUntil(() -> title().getText().equals("Ben's torch parade"));
        assertThat(barShown()).isFalse();
        interact(() -> title().setText("Ben's torch parade, with lanterns"));
        BoardViewTest.waitUntil(() -> current().title().equals("Ben's torch parade, with lanterns"));
        assertThat(barShown()).isFalse();
        assertThat(project.versions().history(lantern.id())).extracting(IdeaVersion::kind)
                .doesNotContain(VersionKind.CONFLICTED);
    }
}
