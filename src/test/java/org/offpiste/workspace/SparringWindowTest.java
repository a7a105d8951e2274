package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.app.AppContext;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.models.ModelSetup;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;
import org.offpiste.sparring.MessageItem;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.sparring.SparringViewModel;
import org.offpiste.testing.SparringDriver;
import org.offpiste.ui.FxDialogService;
import org.offpiste.ui.FxFrameScheduler;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole way, as a person uses it: the window wired as {@code Gui} wires it, the real sparring
 * service and providers, and a server speaking Ollama's stream over HTTP.
 */
class SparringWindowTest {
    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private FakeProviderServer server;
    private FxTaskExecutor executor;
    private WindowView window;
    private WorkspaceViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null && window.stage().isShowing()) {
            robot.interact(() -> window.requestClose());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.stage().isShowing());
        }
        if (server != null) {
            server.close();
        }
    }

    private void open() throws Exception {
        server = FakeProviderServer.start();
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("llama3.2")));
        AppContext context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"),
                home.resolve("projects")), Map.of());
        context.settings().setLanguage(Messages.ENGLISH);
        context.providerPreferences().choose(new ProviderSettings(ProviderKind.OLLAMA, server.url(""), "llama3.2", 0.7));
        executor = new FxTaskExecutor();
        SparringSupport support = new SparringSupport(Session::sparring, new FxFrameScheduler(),
                new ModelSetup(context.modelCatalog(), context.secrets(), context.providerPreferences()));
        SessionFactory sessions = new SessionFactory() {
            @Override
            public Session open(Path file) {
                return context.open(file);
            }

            @Override
            public Session create(Path file) {
                return context.create(file);
            }
        };
        robot.interact(() -> {
            Stage stage = new Stage();
            LanguageViewModel language = new LanguageViewModel(context.settings());
            FxDialogService dialogs = new FxDialogService(() -> stage, language::messages);
            vm = new WorkspaceViewModel(sessions, context.settings(), home.resolve("projects"), executor, dialogs,
                    language, support);
            window = new WindowView(stage, vm, context.settings(), dialogs, () -> executor.shutdown(Duration.ofSeconds(5)));
            window.show(Optional.empty());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.view() != null && vm.project().isPresent()
                && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SparringViewModel sparring() {
        return vm.project().orElseThrow().sparring();
    }

    private void send(String text) {
        new SparringDriver(robot, this::sparring).send(text);
    }

    private MessageItem lastAnswer() {
        return new SparringDriver(robot, this::sparring).lastAnswer();
    }

    private void waitForEnd() throws Exception {
        new SparringDriver(robot, this::sparring).waitForEnd();
    }

    /** Visible with all its parents, in a cell that shows a message. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p instanceof javafx.scene.control.ListCell<?> c && c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void anAnswerStreamsInOverHttpIsPaintedAsMarkdownAndACutOneIsRetried() throws Exception {
        open();
        server.enqueue(WireFormat.OLLAMA.drip(List.of("## Night ", "ideas\n\n", "- **Moon** slalom\n", "- Lantern walk"),
                Duration.ofMillis(30)));
        send("Night ideas for the museum");
        waitForEnd();

        assertThat(lastAnswer().getStatus()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(lastAnswer().getText()).isEqualTo("## Night ideas\n\n- **Moon** slalom\n- Lantern walk");
        Text heading = robot.lookup(".markdown-flow .md-h2").match(NodeQueryUtils.isVisible()).queryAs(Text.class);
        assertThat(heading.getText()).isEqualTo("Night ideas");
        assertThat(robot.lookup(".markdown-flow .md-strong").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("Moon", "Night ideas");
        assertThat(server.requests("/api/chat").get(0).body()).contains("Night ideas for the museum");

        server.enqueue(WireFormat.OLLAMA.partial(List.of("Half", " an answer")));
        send("And more?");
        waitForEnd();
        assertThat(lastAnswer().getStatus()).isEqualTo(MessageStatus.INCOMPLETE);
        assertThat(lastAnswer().getText()).isEqualTo("Half an answer");
        Label failure = robot.lookup(".message-failure").queryAllAs(Label.class).stream()
                .filter(SparringWindowTest::shown).findFirst().orElseThrow();
        assertThat(failure.getText()).isNotBlank().doesNotContain("Exception");

        server.enqueue(WireFormat.OLLAMA.reply(List.of("The whole answer.")));
        Button retry = robot.lookup(".message-retry").queryAllAs(Button.class).stream()
                .filter(SparringWindowTest::shown).findFirst().orElseThrow();
        robot.interact(retry::fire);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "The whole answer.".equals(lastAnswer().getText())
                && lastAnswer().getStatus() == MessageStatus.COMPLETE && !sparring().runningProperty().get());
        assertThat(lastAnswer().alternativesProperty().get()).isEqualTo(2);
    }
}
