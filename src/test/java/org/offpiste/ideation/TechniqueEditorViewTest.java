package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.brief.BriefService;
import org.offpiste.brief.InMemoryBriefStore;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DirectTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The technique editor driven in a real (headless) window: create, edit, duplicate, delete, validation. */
@ExtendWith(ApplicationExtension.class)
class TechniqueEditorViewTest {
    @TempDir
    static Path home;
    private static int run;
    private final BriefService briefs = new BriefService(new InMemoryBriefStore());
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TechniqueLibrary library;
    private TechniquesViewModel viewModel;
    private TechniquesView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        briefs.save(SampleBriefs.museumLate());
        library = TechniqueLibrary.withOwn(new OwnTechniques(home.resolve("config-" + run++)));
        viewModel = new TechniquesViewModel(briefs, new DirectTaskExecutor(), library, new Random(4), dialogs);
        view = new TechniquesView(viewModel, new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(view, 1100, 760));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
        stage.show();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewTechniqueIsValidatedThenSavedAndShown(FxRobot robot) {
        fire(robot, "#technique-new");
        TechniqueEditorDialog editor = view.editor;
        assertThat(editor).isNotNull();
        Button save = robot.lookup("#technique-editor-save").queryButton();
        Label problems = robot.lookup("#technique-problems").queryAs(Label.class);
        assertThat(save.isDisabled()).isTrue();
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).contains("A name is needed.");

        robot.interact(() -> editor.instructions.setText("Ideas for {audiense}. Avoid {cliches}."));
        assertThat(problems.getText()).contains("Unknown placeholder: {audiense}");

        robot.interact(() -> {
            editor.name.setText("Kitchen table");
            editor.steps.setText("Sit at the kitchen table of {audience}.\nList what is on it.");
            editor.instructions.setText("Give five ideas from a kitchen table. Avoid {cliches}.");
        });
        assertThat(problems.isVisible()).isFalse();
        assertThat(save.isDisabled()).isFalse();
        robot.interact(save::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.editor).isNull();
        assertThat(library.find("own-kitchen-table")).isPresent();
        assertThat(selectedName(robot)).isEqualTo("Kitchen table");
        assertThat(visibleText(robot, ".technique-card-name")).isEqualTo("Kitchen table");
        assertThat(robot.lookup(".technique-cell-own").queryAllAs(Label.class))
                .anyMatch(l -> l.isVisible() && l.getText().equals("Yours"));
    }

    @Test
    void editingABuiltInShowsEveryFieldAndSavesAnOwnCopy(FxRobot robot) {
        robot.interact(() -> viewModel.select("random-stimulus"));
        Button edit = robot.from(view).lookup("#technique-edit").queryButton();
        assertThat(edit.getText()).isEqualTo("View and edit a copy");
        assertThat(robot.from(view).lookup("#technique-delete").queryButton().isVisible()).isFalse();

        fire(robot, "#technique-edit");
        TechniqueEditorDialog editor = view.editor;
        assertThat(robot.lookup("#technique-editor-note").queryAs(Label.class).getText())
                .contains("“Random stimulus” is built in and cannot be changed");
        assertThat(editor.name.getText()).isEqualTo("Random stimulus (copy)");
        assertThat(editor.instructions.getText()).contains("{stimulus}", "From: …");
        assertThat(editor.draw.getValue()).isEqualTo(DrawKind.WORD);
        assertThat(editor.minutes.getValue()).isEqualTo(20);
        assertThat(editor.icon.getValue()).isEqualTo("SHUFFLE");
        assertThat(robot.lookup("#technique-placeholder-help").queryAs(Label.class).getText())
                .contains("{insight}", "{stimulus}");

        robot.interact(() -> editor.draw.setValue(DrawKind.NONE));
        assertThat(robot.lookup("#technique-problems").queryAs(Label.class).getText())
                .contains("{stimulus} needs the draw “A stimulus word”.");
        robot.interact(() -> editor.draw.setValue(DrawKind.WORD));
        robot.interact(() -> robot.lookup("#technique-editor-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(library.own()).extracting(Technique::id).containsExactly("own-random-stimulus-copy");
        assertThat(library.find("random-stimulus").orElseThrow().name().en()).isEqualTo("Random stimulus");
        assertThat(robot.from(view).lookup("#technique-edit").queryButton().getText()).isEqualTo("Edit");
    }

    @Test
    void anOwnTechniqueIsEditedInPlace(FxRobot robot) {
        robot.interact(() -> viewModel.select("crazy-8s"));
        fire(robot, "#technique-duplicate");
        assertThat(selectedName(robot)).isEqualTo("Crazy 8s (copy)");

        fire(robot, "#technique-edit");
        TechniqueEditorDialog editor = view.editor;
        assertThat(robot.lookup("#technique-editor-note").tryQuery()).isEmpty();
        robot.interact(() -> editor.name.setText("Crazy 6s"));
        robot.interact(() -> robot.lookup("#technique-editor-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(library.own()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("own-crazy-8s-copy");
            assertThat(t.name().in(Locale.ENGLISH)).isEqualTo("Crazy 6s");
        });
        assertThat(visibleText(robot, ".technique-card-name")).isEqualTo("Crazy 6s");
    }

    @Test
    void duplicateThenDeleteAfterConfirming(FxRobot robot) {
        robot.interact(() -> viewModel.select("six-hats"));
        int before = list(robot).getItems().size();
        fire(robot, "#technique-duplicate");
        assertThat(list(robot).getItems()).hasSize(before + 1);
        assertThat(robot.from(view).lookup("#technique-delete").queryButton().isVisible()).isTrue();

        fire(robot, "#technique-delete");

        assertThat(dialogs.confirmations).singleElement().asString().contains("Six Thinking Hats (copy)");
        assertThat(list(robot).getItems()).hasSize(before);
        assertThat(library.own()).isEmpty();
        assertThat(library.find("six-hats")).isPresent();
    }

    @Test
    void cancelLeavesEverythingAsItWas(FxRobot robot) {
        fire(robot, "#technique-new");
        TechniqueEditorDialog editor = view.editor;
        robot.interact(() -> {
            editor.name.setText("Not kept");
            editor.instructions.setText("Nothing. {cliches}");
        });
        robot.interact(() -> {
            editor.setResult(Boolean.FALSE);
            editor.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.own()).isEmpty();
    }

    private ListView<?> list(FxRobot robot) {
        return robot.from(view).lookup("#technique-list").queryAs(ListView.class);
    }

    private String selectedName(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((TechniqueItem) list(robot).getSelectionModel().getSelectedItem()).name();
    }

    private void fire(FxRobot robot, String query) {
        Button b = robot.from(view).lookup(query).queryButton();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String visibleText(FxRobot robot, String query) {
        return robot.from(view).lookup(query).queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).findFirst().orElse("");
    }
}
