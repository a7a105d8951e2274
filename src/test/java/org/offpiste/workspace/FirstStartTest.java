package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.app.AppContext;
import org.offpiste.app.Gui;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.KeyringBackend;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.fake.BlackHole;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.RecordedRequest;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.models.ModelSettingsViewModel;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;
import org.offpiste.sparring.MessageItem;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.sparring.SparringViewModel;
import org.offpiste.testing.SparringDriver;
import org.offpiste.ui.FxDialogService;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first start from a clean settings file, wired as {@code Gui} wires it (its own
 * executor for network and keyring work): it finds the provider that answers, never sends an
 * empty model, Stop never waits behind a hung model list, and a slow keyring never holds up
 * the JavaFX thread.
 */
class FirstStartTest {
    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private FakeProviderServer server;
    private BlackHole blackHole;
    private FxTaskExecutor executor;
    private FxTaskExecutor network;
    private WindowView window;
    private WorkspaceViewModel vm;
    private AppContext context;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.stage() && w.isShowing()
                && w.getScene() != null && w.getScene().getRoot().lookup("#model-settings") != null).toList()
                .forEach(Window::hide));
        if (window != null && window.stage().isShowing()) {
            robot.interact(() -> window.requestClose());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.stage().isShowing());
        }
        if (server != null) {
            server.close();
        }
        if (blackHole != null) {
            blackHole.close();
        }
        if (network != null) {
            network.shutdown(Duration.ZERO);
        }
    }

    private AppContext context(Map<String, String> environment, KeyringBackend keyring) {
        context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"), home.resolve("projects")),
                environment, null, () -> keyring);
        context.settings().setLanguage(Messages.ENGLISH);
        return context;
    }

    /** Opens the window as {@code Gui} does; returns how long the JavaFX thread spent building and showing it. */
    private long open() throws Exception {
        executor = new FxTaskExecutor();
        network = new FxTaskExecutor("test-net");
        SparringSupport support = Gui.sparringSupport(context, network);
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
        AtomicLong took = new AtomicLong();
        robot.interact(() -> {
            long start = System.nanoTime();
            Stage stage = new Stage();
            LanguageViewModel language = new LanguageViewModel(context.settings());
            FxDialogService dialogs = new FxDialogService(() -> stage, language::messages);
            vm = new WorkspaceViewModel(sessions, context.settings(), home.resolve("projects"), executor, dialogs,
                    language, support);
            window = new WindowView(stage, vm, context.settings(), dialogs, () -> executor.shutdown(Duration.ofSeconds(5)));
            window.show(Optional.empty());
            took.set(System.nanoTime() - start);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.view() != null && vm.project().isPresent()
                && !vm.busyProperty().get() && sparring().providerProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return TimeUnit.NANOSECONDS.toMillis(took.get());
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

    private static String closedPort() {
        return "http://127.0.0.1:" + FakeProviderServer.freePort();
    }

    @Test
    void withNothingChosenTheWindowUsesTheFirstChatModelOllamaLists() throws Exception {
        server = FakeProviderServer.start();
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("mistral:latest", "nomic-embed-text")));
        server.enqueue(WireFormat.OLLAMA.reply(List.of("Three ", "ideas.")));
        context(Map.of(), new NoKeyring());
        context.settings().put("llm.ollama.baseUrl", server.url("")); // where Ollama runs; no provider chosen
        open();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "mistral:latest".equals(sparring().providerProperty().get().model()));
        send("Ideas for a night walk");
        waitForEnd();

        assertThat(lastAnswer().getStatus()).isEqualTo(MessageStatus.COMPLETE);
        RecordedRequest chat = server.requests("/api/chat").get(0);
        assertThat(chat.body().replace(" ", "")).contains("\"model\":\"mistral:latest\"").doesNotContain("\"model\":\"\"");
        assertThat(vm.noticeProperty().get()).isNull();
        assertThat(sparring().providerProperty().get().kind()).isEqualTo(ProviderKind.OLLAMA);
    }

    @Test
    void withOnlyAnOpenAiKeyAndNoOllamaTheWindowUsesOpenAiWithoutANotice() throws Exception {
        server = FakeProviderServer.start();
        server.route("GET", "/v1/models", WireFormat.OPENAI.modelListReply(List.of("gpt-4o", "gpt-4o-mini")));
        server.enqueue(WireFormat.OPENAI.reply(List.of("From ", "OpenAI.")));
        context(Map.of("OPENAI_API_KEY", "sk-" + "test-first-start"), new NoKeyring());
        context.settings().put("llm.ollama.baseUrl", closedPort()); // no Ollama: refused
        context.settings().put("llm.openai.baseUrl", server.url("/v1"));
        open();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> sparring().providerProperty().get().kind() == ProviderKind.OPENAI);
        send("Ideas for a rainy museum");
        waitForEnd();

        assertThat(lastAnswer().getStatus()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(lastAnswer().getText()).isEqualTo("From OpenAI.");
        assertThat(server.requests("/v1/chat/completions").get(0).body()).contains("gpt-4o-mini");
        assertThat(vm.noticeProperty().get()).isNull();
    }

    @Test
    void nothingAnsweringGivesTheCalmNoticeUntilThePersonChoosesInTheSettings() throws Exception {
        context(Map.of(), new NoKeyring());
        context.settings().put("llm.ollama.baseUrl", closedPort());
        open();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.noticeProperty().get() != null);
        assertThat(vm.noticeProperty().get().text()).startsWith("No model is reachable. Start Ollama");

        robot.interact(() -> vm.modelSettings().open());
        ModelSettingsViewModel settings = vm.modelSettings().openProperty().get();
        robot.interact(() -> {
            settings.modelProperty().set("llama3.2");
            settings.save();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settings.savedProperty().get()
                && vm.noticeProperty().get() == null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "llama3.2".equals(sparring().providerProperty().get().model()));
    }

    @Test
    void anAnswerWithNoModelEndsSayingSoInsteadOfSendingAnEmptyModel() throws Exception {
        server = FakeProviderServer.start();
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of()));
        context(Map.of(), new NoKeyring());
        context.settings().put("llm.ollama.baseUrl", server.url("")); // an Ollama with nothing installed
        open();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.noticeProperty().get() != null);
        assertThat(vm.noticeProperty().get().text()).contains("No model is chosen for Ollama");
        send("Anything?");
        waitForEnd();

        assertThat(lastAnswer().getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(server.requests("/api/chat")).isEmpty();
    }

    @Test
    void stopActsAtOnceWhileAModelListHangsOnAHostThatNeverAnswers() throws Exception {
        server = FakeProviderServer.start();
        blackHole = BlackHole.open();
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("llama3.2")));
        server.enqueue(WireFormat.OLLAMA.drip(java.util.Collections.nCopies(200, "word "), Duration.ofMillis(100)));
        context(Map.of(), new NoKeyring());
        context.providerPreferences().choose(new ProviderSettings(ProviderKind.OLLAMA, server.url(""), "llama3.2", 0.7));
        open();
        send("A long answer, please");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lastAnswer() != null && lastAnswer().isAnswer()
                && !lastAnswer().getText().isEmpty());

        // the settings test a server that never answers: the network executor is busy for seconds
        robot.interact(() -> vm.modelSettings().open());
        ModelSettingsViewModel settings = vm.modelSettings().openProperty().get();
        robot.interact(() -> {
            settings.baseUrlProperty().set("http://127.0.0.1:" + blackHole.port());
            settings.testConnection();
        });
        Thread.sleep(200);
        assertThat(settings.testingProperty().get()).isTrue();

        long pressed = System.nanoTime();
        robot.interact(() -> sparring().stop());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lastAnswer().getStatus() == MessageStatus.STOPPED
                && !sparring().runningProperty().get());
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed);
        assertThat(took).as("Stop took %d ms", took).isLessThan(500);
        assertThat(settings.testingProperty().get()).isTrue(); // the hung check is still running
    }

    @Test
    void aSlowKeyringIsNeverOpenedOnTheJavaFxThread() throws Exception {
        SlowKeyring keyring = new SlowKeyring();
        context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"), home.resolve("projects")),
                Map.of(), null, keyring::open);
        context.settings().setLanguage(Messages.ENGLISH);
        context.settings().put("llm.ollama.baseUrl", closedPort());
        long took = open();

        assertThat(took).as("building the window took %d ms", took).isLessThan(1500);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.noticeProperty().get() != null);
        assertThat(keyring.opened.get()).isTrue();
        assertThat(keyring.onFxThread.get()).isFalse();
    }

    /** A machine without a keyring. */
    static final class NoKeyring implements KeyringBackend {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<String> read(String account) {
            throw new IllegalStateException("no keyring");
        }

        @Override
        public void write(String account, String secret) {
            throw new IllegalStateException("no keyring");
        }

        @Override
        public void delete(String account) {
            throw new IllegalStateException("no keyring");
        }
    }

    /** A keyring that takes two seconds to open (a D-Bus that is slow to answer), and says on which thread. */
    static final class SlowKeyring {
        final AtomicBoolean opened = new AtomicBoolean();
        final AtomicBoolean onFxThread = new AtomicBoolean();

        KeyringBackend open() {
            onFxThread.set(Platform.isFxApplicationThread());
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            opened.set(true);
            return new NoKeyring();
        }
    }
}
