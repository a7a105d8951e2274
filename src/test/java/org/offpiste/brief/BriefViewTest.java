package org.offpiste.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BriefViewTest {
    private static final String LONG_INSIGHT = "Many skilled people do not think of themselves as experts and fear being asked "
            + "something they cannot fix in front of strangers.\n\nThey would rather fix things alone. ".repeat(20);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Project project;
    private FailingBriefStore store;
    private BriefService service;
    private BriefViewModel viewModel;
    private BriefView view;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        project = new SqliteProjectFiles().create(dir.resolve("brief.offpiste"));
        store = new FailingBriefStore(project.briefs());
        service = new BriefService(store);
        service.replace(Brief.empty().with(BriefField.TITLE, "Old title")
                .with(BriefField.OBJECTIVE, "From 12 to 25 volunteers").with(BriefField.AUDIENCE, "Retired tradespeople and students"));
        service.replace(Brief.empty().with(BriefField.TITLE, "Newer title")
                .with(BriefField.OBJECTIVE, "From 12 to 25 volunteers").with(BriefField.AUDIENCE, "Retired tradespeople and students"));
        viewModel = new BriefViewModel(service, executor, false);
        view = new BriefView(viewModel, new Messages(Locale.ENGLISH), dialogs);
        stage.setScene(new Scene(view, 420, 760));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> viewModel.dispose()).get();
        executor.close();
        project.close();
    }

    @Test
    void typedTitleAndLongTextAreSavedToTheStore(FxRobot robot) {
        TextField title = robot.lookup("#brief-field-title").queryAs(TextField.class);
        robot.interact(() -> title.clear());
        robot.clickOn(title).write("Fix-it Fridays");
        TextArea insight = robot.lookup("#brief-field-insight").queryAs(TextArea.class);
        robot.interact(() -> insight.setText(LONG_INSIGHT));

        waitUntil(() -> service.current().get(BriefField.INSIGHT).equals(LONG_INSIGHT)
                && service.current().get(BriefField.TITLE).equals("Fix-it Fridays"));
        waitUntil(() -> viewModel.saveStateProperty().get() == BriefViewModel.SaveState.SAVED);

        assertThat(robot.lookup("#brief-save-state").queryAs(Label.class).getText()).isEqualTo("Saved");
        assertThat(project.briefs().latest().orElseThrow().brief().get(BriefField.INSIGHT)).isEqualTo(LONG_INSIGHT);
    }

    @Test
    void theCompletenessListShrinksWhenTheInsightIsFilled(FxRobot robot) {
        assertThat(findingTexts(robot)).contains("No audience insight yet");
        int before = viewModel.completenessProperty().get();

        robot.interact(() -> robot.lookup("#brief-field-insight").queryAs(TextArea.class).setText(LONG_INSIGHT));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(findingTexts(robot)).doesNotContain("No audience insight yet");
        assertThat(viewModel.completenessProperty().get()).isGreaterThan(before);
        assertThat(viewModel.findings()).extracting(BriefFinding::key).doesNotContain("brief.check.noInsight");
    }

    @Test
    void clickingAFindingPutsTheCaretInItsField(FxRobot robot) {
        robot.clickOn("No audience insight yet");

        assertThat(robot.lookup("#brief-field-insight").queryAs(TextArea.class).isFocused()).isTrue();
    }

    @Test
    void anOlderVersionIsRestoredFromTheHistoryView(FxRobot robot) {
        assertThat(robot.lookup("#brief-field-title").queryAs(TextField.class).getText()).isEqualTo("Newer title");

        robot.clickOn("#brief-history");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<BriefHistoryViewModel.Entry> list = robot.lookup("#brief-history-list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(1));
        assertThat(robot.lookup("#brief-history-preview").lookup("Old title").tryQuery()).isPresent();
        robot.clickOn("#brief-history-restore");

        waitUntil(() -> robot.lookup("#brief-field-title").queryAs(TextField.class).getText().equals("Old title"));
        assertThat(service.current().get(BriefField.TITLE)).isEqualTo("Old title");
        assertThat(service.versions()).hasSize(3);
        waitUntil(() -> robot.lookup("#brief-history-list").tryQuery().isEmpty());
    }

    @Test
    void aFailedSaveShowsABannerKeepsTheTextAndRetrySavesIt(FxRobot robot) {
        store.failWith(Problem.DISK_FULL);
        robot.interact(() -> robot.lookup("#brief-field-notes").queryAs(TextArea.class).setText("Precious notes"));

        waitUntil(() -> viewModel.saveStateProperty().get() == BriefViewModel.SaveState.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        Label failure = robot.lookup("#brief-save-failure").queryAs(Label.class);
        assertThat(failure.isVisible()).isTrue();
        assertThat(failure.getText()).contains("is full").contains("kept here");
        assertThat(robot.lookup("#brief-field-notes").queryAs(TextArea.class).getText()).isEqualTo("Precious notes");

        store.failWith(null);
        robot.clickOn("Try again");

        waitUntil(() -> service.current().get(BriefField.NOTES).equals("Precious notes"));
        waitUntil(() -> !failure.getParent().isVisible());
    }

    @Test
    void importReplacesTheFormAndAnUnreadableFileShowsAnError(FxRobot robot) throws Exception {
        Path md = dir.resolve("station.md");
        Files.writeString(md, "# La station en été\n\n## Objectif\nDe 8 000 à 15 000 nuitées\n");
        dialogs.nextFile = md;
        robot.clickOn("#brief-import");
        waitUntil(() -> robot.lookup("#brief-field-title").queryAs(TextField.class).getText().equals("La station en été"));
        assertThat(service.versions()).hasSize(3);

        Path notABrief = dir.resolve("list.md");
        Files.writeString(notABrief, "eggs\nmilk\n");
        dialogs.nextFile = notABrief;
        robot.clickOn("#brief-import");
        waitUntil(() -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors).singleElement().asString().contains("list.md is not a brief");
    }

    @Test
    void exportWritesTheMarkdownFile(FxRobot robot) throws Exception {
        Path md = dir.resolve("out.md");
        dialogs.nextFile = md;

        robot.clickOn("#brief-export");
        waitUntil(() -> Files.exists(md));

        waitUntil(() -> readQuietly(md).startsWith("# Newer title\n\n## Objective\nFrom 12 to 25 volunteers\n"));
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static java.util.List<String> findingTexts(FxRobot robot) {
        return robot.lookup(".brief-finding").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).toList();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

}
