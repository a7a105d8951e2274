package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offpiste.board.BoardViewTest.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.Ending;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.StreamEvents;
import org.offpiste.llm.StreamingCall;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** Refine in the idea editor of the real board, on a real project file, driven by a robot (headless). */
class RefinePaneTest extends ApplicationTest {
    private static final ProviderSettings LLAMA = new ProviderSettings(ProviderKind.OLLAMA, "", "llama3.2", 0.9);
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;
    private BoardService service;
    private Idea idea;
    private final List<StreamEvents> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger settingsOpened = new AtomicInteger();
    private final SimpleObjectProperty<ProviderSettings> provider = new SimpleObjectProperty<>(LLAMA);

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = new SqliteProjectFiles().create(dir.resolve("refine-" + System.nanoTime() + ".offpiste"));
        service = new BoardService(project.ideas(), project.versions(), () -> "Camille");
        idea = service.add("Night pass", "A cheaper evening pass.", List.of(), IdeaStatus.INBOX);
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(service, executor, false);
        BoardInsightsViewModel insights = new BoardInsightsViewModel(viewModel, service, new FakeIdeation().ideation(),
                executor);
        ChatProvider model = (ModelRequest request, StreamEvents events) -> {
            answers.add(events);
            return new StreamingCall() {
                @Override
                public void stop() {
                    events.ended(new Outcome(Ending.STOPPED, "", null));
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        };
        IdeaRefiner refiner = new IdeaRefiner(service, new BriefService(project.briefs()), model, provider::get,
                () -> Locale.ENGLISH);
        insights.useRefining(new RefineSupport(refiner, provider, settingsOpened::incrementAndGet));
        stage.setScene(new Scene(new BoardView(viewModel, insights, new Messages(Messages.ENGLISH), null), 620, 860));
        stage.show();
    }

    @AfterEach
    void closeProject() throws Exception {
        BoardTeardown.close(this, executor, project, viewModel::dispose);
    }

    private void openEditor() {
        interact(() -> viewModel.openEditor(idea.id()));
        waitUntil(() -> lookup("#refine-pane").tryQuery().isPresent());
    }

    private String editorTitle() {
        return lookup("#board-editor-title").<TextField>query().getText();
    }

    @Test
    void aPresetStreamsIntoThePaneThenTheEditorShowsTheNewVersionAndUndoBringsTheOldOneBack() {
        openEditor();
        assertThat(lookup("#refine-model").<Label>query().getText()).isEqualTo("With Ollama · llama3.2");
        clickOn("#refine-menu");
        clickOn("For TikTok");
        waitUntil(() -> answers.size() == 1 && lookup("#refine-stop").query().isVisible());
        answers.get(0).text("**Night pass in 15 seconds**\n\n");
        answers.get(0).text("A vertical clip at dusk.");
        waitUntil(() -> lookup("#refine-preview").<Label>query().getText().endsWith("A vertical clip at dusk."));
        assertThat(lookup("#refine-running").<Label>query().getText()).isEqualTo("Refining: For TikTok…");
        assertThat(editorTitle()).isEqualTo("Night pass");

        answers.get(0).ended(new Outcome(Ending.COMPLETE, "**Night pass in 15 seconds**\n\nA vertical clip at dusk.", null));

        waitUntil(() -> lookup("#board-editor-title").tryQuery().isPresent()
                && "Night pass in 15 seconds".equals(editorTitle()));
        waitUntil(() -> lookup("#refine-message").<Label>query().getText()
                .equals("New version made by Ollama · llama3.2 (For TikTok). Undo brings the earlier one back."));
        assertThat(project.ideas().find(idea.id()).orElseThrow().body()).isEqualTo("A vertical clip at dusk.");
        assertThat(project.versions().head(idea.id()).orElseThrow().kind()).isEqualTo(VersionKind.REFINED);

        clickOn("#refine-undo");
        waitUntil(() -> "Night pass".equals(project.ideas().find(idea.id()).orElseThrow().title())
                && "Night pass".equals(editorTitle()));
    }

    @Test
    void stopChangesNothingAndTheOwnInstructionIsSent() {
        openEditor();
        TextField custom = lookup("#refine-custom").query();
        interact(() -> custom.setText("for a rural audience"));
        clickOn("#refine-go");
        waitUntil(() -> answers.size() == 1 && lookup("#refine-stop").query().isVisible());
        answers.get(0).text("**Village");
        clickOn("#refine-stop");
        waitUntil(() -> "Stopped: nothing changed.".equals(lookup("#refine-message").<Label>query().getText()));
        assertThat(project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Night pass");
        assertThat(lookup("#refine-menu").<Node>query().isDisabled()).isFalse();
    }

    @Test
    void withoutAModelThePaneOffersTheModelSettings() {
        provider.set(LLAMA.withModel(""));
        openEditor();
        waitUntil(() -> lookup("#refine-settings").query().isVisible());
        assertThat(lookup("#refine-message").<Label>query().getText())
                .isEqualTo("Refining needs a language model, and none is chosen yet.");
        assertThat(lookup("#refine-menu").<Node>query().isDisabled()).isTrue();
        clickOn("#refine-settings");
        assertThat(settingsOpened).hasValue(1);
        interact(() -> provider.set(LLAMA));
        waitUntil(() -> !lookup("#refine-menu").<Node>query().isDisabled());
    }
}
