package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.FailureKind;
import org.offpiste.ui.FxFrameScheduler;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SparringViewTest {
    final FakeSparring sparring = new FakeSparring();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final FxTaskExecutor executor = new FxTaskExecutor();
    SparringViewModel vm;
    SparringView view;
    int settingsOpened;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new SparringViewModel(sparring, executor, new FxFrameScheduler(), dialogs, TechniqueLibrary.builtIn());
        view = new SparringView(vm, new Messages(Messages.ENGLISH), () -> settingsOpened++);
        stage.setScene(new Scene(view, 800, 700));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        executor.shutdown(java.time.Duration.ofSeconds(2));
        FxToolkit.cleanupStages();
    }

    @Test
    void theEmptyPaneExplainsTheModes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label text = robot.lookup(".sparring-empty-text").queryAs(Label.class);
        assertThat(text.isVisible()).isTrue();
        assertThat(text.getText()).contains("Diverge").contains("Challenge").contains("Shift+Enter");
    }

    @Test
    void aSentMessageStreamsInAndEndsCompleteWithMarkdownPainted(FxRobot robot) throws Exception {
        sparring.next(FakeSparring.Script.streaming(List.of("# Three ", "ideas\n\n", "- **Night** ", "shift\n",
                "- Silent disco\n", "- `Quiz`\n"), java.time.Duration.ofMillis(20)));
        type(robot, "Ideas please");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm.thread().size() == 2 && vm.thread().get(1).getStatus() == MessageStatus.COMPLETE);

        MarkdownFlow body = answerBody(robot);
        assertThat(body.text()).isEqualTo("Three ideas\n\n•  Night shift\n•  Silent disco\n•  Quiz");
        assertThat(stylesOf(body, "Three ideas")).contains("md-h1", "md-strong");
        assertThat(stylesOf(body, "Night")).contains("md-li", "md-strong");
        assertThat(stylesOf(body, "Silent disco")).contains("md-li");
        assertThat(stylesOf(body, "Quiz")).contains("md-code");
        Text heading = runs(body).stream().filter(t -> t.getText().equals("Three ideas")).findFirst().orElseThrow();
        Text plain = runs(body).stream().filter(t -> t.getText().contains("Silent")).findFirst().orElseThrow();
        assertThat(heading.getFont().getSize()).isGreaterThan(plain.getFont().getSize());
        assertThat(visibleBadges(robot)).isEmpty();
        assertThat(provenance(robot)).contains("Ollama").contains("llama3.2").contains("Diverge");

        robot.doubleClickOn(heading);
        assertThat(body.selectedText()).isIn("Three", "ideas");
        robot.interact(() -> body.requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).isEqualTo(body.text());
    }

    @Test
    void shiftEnterStartsANewLineAndEnterSends(FxRobot robot) throws Exception {
        type(robot, "First line");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.write("second");
        TextArea text = robot.lookup("#composer-text").queryAs(TextArea.class);
        assertThat(text.getText()).isEqualTo("First line\nsecond");
        assertThat(vm.thread()).isEmpty();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm.thread().size() == 2 && !vm.runningProperty().get());
        assertThat(vm.thread().get(0).getText()).isEqualTo("First line\nsecond");
        assertThat(text.getText()).isEmpty();
    }

    @Test
    void stopKeepsTheTextAndMarksTheAnswerStopped(FxRobot robot) throws Exception {
        sparring.next(FakeSparring.Script.hanging("Half ", "an ", "answer"));
        type(robot, "Go");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm.thread().size() == 2 && vm.thread().get(1).getText().equals("Half an answer")
                && vm.stoppableProperty().get());
        robot.interact(() -> robot.lookup("#composer-text").query().requestFocus());
        robot.type(KeyCode.ESCAPE); // Esc in the composer stops, as the Stop button does
        waitUntil(() -> !vm.runningProperty().get());

        assertThat(answerBody(robot).text()).isEqualTo("Half an answer");
        assertThat(visibleBadges(robot)).containsExactly("stopped");

        sparring.next(FakeSparring.Script.hanging("Second ", "try"));
        robot.clickOn(visible(robot, ".message-regenerate"));
        waitUntil(() -> vm.thread().get(1).getText().equals("Second try") && vm.stoppableProperty().get());
        robot.clickOn("#composer-stop");
        waitUntil(() -> !vm.runningProperty().get());
        assertThat(answerBody(robot).text()).isEqualTo("Second try");
        assertThat(vm.thread().get(1).getStatus()).isEqualTo(MessageStatus.STOPPED);
        assertThat(visibleText(robot, ".message-failure")).containsExactly("You stopped this answer; what arrived is kept.");
    }

    @Test
    void thePickerShowsATechniqueChosenElsewhereAsAWorkshopsModelRoundDoes(FxRobot robot) {
        robot.interact(() -> {
            vm.composer().modeProperty().set(Mode.DIVERGE);
            vm.composer().techniqueIdProperty().set("scamper");
        });
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.offpiste.ideation.TechniqueItem> picker =
                robot.lookup("#technique-picker").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(picker.getValue()).isNotNull();
        assertThat(picker.getValue().id()).isEqualTo("scamper");
        robot.interact(() -> vm.composer().techniqueIdProperty().set(null));
        assertThat(picker.getValue()).isNull();
    }

    @Test
    void regenerateShowsAPagerAndBothAnswersStayReachable(FxRobot robot) throws Exception {
        sparring.next(FakeSparring.Script.answer("First answer."), FakeSparring.Script.answer("Second answer."));
        send(robot, "Hello");
        robot.clickOn(visible(robot, ".message-regenerate"));
        waitUntil(() -> vm.thread().size() == 2 && vm.thread().get(1).getText().equals("Second answer.")
                && !vm.runningProperty().get());
        assertThat(visibleText(robot, ".message-pager")).containsExactly("2/2");

        robot.clickOn(visible(robot, ".message-previous"));
        waitUntil(() -> answerBody(robot).text().equals("First answer."));
        assertThat(visibleText(robot, ".message-pager")).containsExactly("1/2");
        robot.clickOn(visible(robot, ".message-next"));
        waitUntil(() -> answerBody(robot).text().equals("Second answer."));
    }

    @Test
    void editAndResendReplacesTheQuestionAndAsksAgain(FxRobot robot) throws Exception {
        sparring.next(FakeSparring.Script.answer("About cats."), FakeSparring.Script.answer("About dogs."));
        send(robot, "Tell me about cats");
        robot.clickOn(visible(robot, ".message-edit"));
        TextArea text = robot.lookup("#composer-text").queryAs(TextArea.class);
        assertThat(text.getText()).isEqualTo("Tell me about cats");
        robot.interact(() -> text.setText("Tell me about dogs"));
        robot.clickOn("#composer-send");
        waitUntil(() -> vm.thread().size() == 2 && vm.thread().get(1).getText().equals("About dogs.")
                && !vm.runningProperty().get());
        assertThat(vm.thread().get(0).getText()).isEqualTo("Tell me about dogs");
        assertThat(visibleText(robot, ".message-pager")).containsExactly("2/2");
    }

    @Test
    void aFailedAnswerNamesItsCauseAndRetryWorks(FxRobot robot) throws Exception {
        sparring.next(FakeSparring.Script.failing(FailureKind.REFUSED), FakeSparring.Script.answer("Back again."));
        send(robot, "Hello");
        waitUntil(() -> vm.thread().get(1).getStatus() == MessageStatus.FAILED);
        assertThat(visibleBadges(robot)).containsExactly("failed");
        String failure = visibleText(robot, ".message-failure").get(0);
        assertThat(failure).isNotBlank().doesNotContain("Exception");

        robot.clickOn(visible(robot, ".message-retry"));
        waitUntil(() -> vm.thread().get(1).getText().equals("Back again.") && !vm.runningProperty().get());
        assertThat(visibleBadges(robot)).isEmpty();
        assertThat(visibleText(robot, ".message-failure")).isEmpty();
    }

    @Test
    void showPromptShowsTheBriefInASelectableDialog(FxRobot robot) throws Exception {
        type(robot, "What about Thursdays?");
        robot.clickOn("#composer-show-prompt");
        waitUntil(() -> promptText() != null);
        TextArea prompt = promptText();
        assertThat(prompt.getText()).contains("BRIEF: Museum late nights").contains("What about Thursdays?");
        assertThat(prompt.isEditable()).isFalse();
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) prompt.getScene().getRoot();
        Button closeButton = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow();
        assertThat(closeButton.getText()).isEqualTo("Close");
        robot.interact(closeButton::fire);
        waitUntil(() -> vm.shownPromptProperty().get() == null);
    }

    @Test
    void conversationsCanBeCreatedAndRenamed(FxRobot robot) throws Exception {
        robot.clickOn("#conversation-new");
        waitUntil(() -> vm.conversations().size() == 1);
        dialogs.nextText = "Thursday nights";
        robot.clickOn("#conversation-rename");
        waitUntil(() -> vm.currentProperty().get().title().equals("Thursday nights"));
        robot.clickOn("#conversation-new");
        waitUntil(() -> vm.conversations().size() == 2);
        assertThat(vm.conversations()).extracting(Conversation::title)
                .containsExactly("Conversation 2", "Thursday nights");
        robot.clickOn("#model-badge");
        assertThat(settingsOpened).isEqualTo(1);
    }

    // ---- helpers

    void type(FxRobot robot, String text) {
        TextArea area = robot.lookup("#composer-text").queryAs(TextArea.class);
        robot.interact(() -> {
            area.setText(text);
            area.positionCaret(text.length());
            area.requestFocus();
        });
    }

    void send(FxRobot robot, String text) throws Exception {
        int before = vm.thread().size();
        type(robot, text);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm.thread().size() == before + 2 && !vm.runningProperty().get());
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    MarkdownFlow answerBody(FxRobot robot) {
        long id = vm.thread().get(vm.thread().size() - 1).id();
        return robot.lookup("#message-body-" + id).queryAs(MarkdownFlow.class);
    }

    static List<Text> runs(MarkdownFlow flow) {
        return flow.runs();
    }

    static Collection<String> stylesOf(MarkdownFlow flow, String text) {
        return runs(flow).stream().filter(t -> t.getText().contains(text)).findFirst().orElseThrow().getStyleClass();
    }

    List<String> visibleBadges(FxRobot robot) {
        return visibleText(robot, ".message-badge");
    }

    String provenance(FxRobot robot) {
        return visibleText(robot, ".message-provenance").get(0);
    }

    List<String> visibleText(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<Label> labels = robot.from(view).lookup(query).match(NodeQueryUtils.isVisible()).queryAllAs(Label.class);
        return labels.stream().filter(SparringViewTest::reallyVisible).map(Label::getText).toList();
    }

    Button visible(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(view).lookup(query).match(NodeQueryUtils.isVisible()).queryAllAs(Button.class).stream()
                .filter(SparringViewTest::reallyVisible).findFirst().orElseThrow();
    }

    /** Visible with every parent visible, in a cell that shows an item. */
    static boolean reallyVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || (p instanceof javafx.scene.control.ListCell<?> c && c.isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** The prompt dialog's text, when the dialog is showing. */
    static TextArea promptText() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> (TextArea) w.getScene().getRoot().lookup("#prompt-text"))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
