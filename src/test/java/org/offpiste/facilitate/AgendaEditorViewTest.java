package org.offpiste.facilitate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offpiste.testing.FxWait.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.FxTaskExecutor;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.AgendaTemplates;
import org.offpiste.workshop.Block;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The agenda editor in a real window: build an agenda with the palette and the keyboard, save it, load it again. */
@ExtendWith(ApplicationExtension.class)
class AgendaEditorViewTest {
    @TempDir
    static Path dir;
    final FxTaskExecutor executor = new FxTaskExecutor();
    final Messages en = new Messages(Messages.ENGLISH);
    Path config;
    TemplateList templates;
    AgendaEditorViewModel vm;
    Agenda started;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        config = Files.createDirectories(dir.resolve("c" + System.nanoTime()));
        templates = new TemplateList(new AgendaTemplates(config), executor, () -> en);
        List<TechniqueChoice> techniques = List.of(new TechniqueChoice("scamper", "SCAMPER"),
                new TechniqueChoice("how-might-we", "How might we"));
        vm = new AgendaEditorViewModel(en, id -> id, techniques, templates,
                new Agenda("Kick-off", List.of(new Block.SilentIdeation(Duration.ofMinutes(8)))), a -> started = a);
        stage.setScene(new Scene(new AgendaEditorView(vm, en, stage::close), 1000, 600));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        executor.shutdown(Duration.ofSeconds(2));
        FxToolkit.cleanupStages();
    }

    @Test
    void aDotVoteWithFiveDotsMovedUpIsSavedAsATemplateAndLoadsAgain(FxRobot robot) {
        robot.clickOn("#agenda-add-dot_vote");
        assertThat(vm.blocks()).hasSize(2);
        assertThat(vm.selectedProperty().get()).isEqualTo(1);
        Spinner<?> dots = robot.lookup("#agenda-dots").queryAs(Spinner.class);
        robot.interact(() -> dots.getEditor().setText("5"));
        robot.interact(dots::commitValue);
        assertThat(((Block.DotVote) vm.blocks().get(1)).dots()).isEqualTo(5);
        robot.clickOn("#agenda-blocks");
        robot.interact(() -> robot.lookup("#agenda-blocks").queryAs(ListView.class).getSelectionModel().select(1));
        robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        waitUntil(() -> vm.blocks().get(0) instanceof Block.DotVote);
        assertThat(vm.selectedProperty().get()).isZero();
        assertThat(robot.lookup("#agenda-total").queryAs(Label.class).getText()).isEqualTo("Total: 18 min");

        TextField name = robot.lookup("#agenda-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Vote first"));
        robot.clickOn("#agenda-save");
        waitUntil(() -> robot.lookup("#agenda-notice").queryAs(Label.class).getText() != null);
        assertThat(robot.lookup("#agenda-notice").queryAs(Label.class).getText())
                .isEqualTo("Saved as the template \u201cVote first\u201d.");

        AgendaTemplates.Loaded reread = new AgendaTemplates(config).load();
        assertThat(reread.agendas()).extracting(Agenda::name).containsExactly("Vote first");
        assertThat(reread.agendas().get(0).blocks().get(0)).isEqualTo(new Block.DotVote(Duration.ofMinutes(10), 5, 1, true));

        robot.clickOn("#agenda-add-debrief");
        assertThat(vm.blocks()).hasSize(3);
        @SuppressWarnings("unchecked")
        ComboBox<Agenda> box = robot.lookup("#agenda-templates").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(a -> a.name().equals("Vote first"))
                .findFirst().orElseThrow()));
        robot.clickOn("#agenda-load");
        assertThat(vm.blocks()).hasSize(2);
        assertThat(((Block.DotVote) vm.blocks().get(0)).dots()).isEqualTo(5);
        assertThat(name.getText()).isEqualTo("Vote first");
    }

    @Test
    void aBrokenTemplatesFileIsShownAsAMessage(FxRobot robot) throws Exception {
        Files.writeString(config.resolve(AgendaTemplates.FILE_NAME), "{ not json");
        robot.interact(templates::load);
        waitUntil(() -> templates.problemProperty().get() != null);
        assertThat(robot.lookup("#agenda-problem").queryAs(Label.class).getText())
                .startsWith("Your agenda templates (").contains("agendas.unreadable-1.json");
    }

    @Test
    void theModelRoundTakesATechniqueFromTheIdeationList(FxRobot robot) {
        robot.clickOn("#agenda-add-model_round");
        @SuppressWarnings("unchecked")
        ComboBox<TechniqueChoice> technique = robot.lookup("#agenda-technique").queryAs(ComboBox.class);
        assertThat(technique.getItems()).extracting(TechniqueChoice::id).containsExactly("scamper", "how-might-we");
        robot.interact(() -> technique.setValue(technique.getItems().get(1)));
        assertThat(vm.blocks().get(1)).isEqualTo(new Block.ModelRound(Duration.ofMinutes(10), "how-might-we"));
        robot.clickOn("#agenda-start");
        assertThat(started.blocks()).hasSize(2);
    }
}
