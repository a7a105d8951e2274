package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ConnectionReport;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmException;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ModelCatalog;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.models.ModelSetup;
import org.offpiste.settings.Settings;
import org.offpiste.sparring.Sparring;
import org.offpiste.testing.FixedSecrets;
import org.offpiste.ui.FxFrameScheduler;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** With no model answering, the window says so once, calmly, with the way to the settings; the rest works. */
class NoProviderNoticeTest {
    @TempDir
    Path home;
    private WindowFixture app;
    private final AtomicInteger checks = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null && app.window.stage().isShowing()) {
            app.close();
        }
    }

    @Test
    void aRefusedOllamaGivesOneNoticeWithAButtonToTheSettings() throws Exception {
        Settings s = new Settings(home.resolve("config"));
        s.setLanguage(Messages.ENGLISH);
        app = new WindowFixture(home);
        ProviderSettings ollama = ProviderSettings.defaults(ProviderKind.OLLAMA).withModel("llama3.2");
        Sparring sparring = (Sparring) Proxy.newProxyInstance(Sparring.class.getClassLoader(),
                new Class<?>[] {Sparring.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "provider" -> ollama;
                    case "providerDecided" -> true;
                    case "conversations" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        app.support = new SparringSupport(session -> sparring, new FxFrameScheduler(),
                new ModelSetup(new RefusingCatalog(), new FixedSecrets(), new ProviderPreferences(s)));
        app.open(Optional.empty());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.vm.noticeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label text = app.robot.lookup("#notice .notice-text").queryAs(Label.class);
        assertThat(text.getText()).startsWith("No model is reachable. Start Ollama");
        Button action = app.robot.lookup("#notice-action").queryAs(Button.class);
        assertThat(action.isVisible()).isTrue();
        assertThat(action.getText()).isEqualTo("Model settings…");
        assertThat(app.robot.lookup("#sparring").tryQuery()).isPresent();
        app.robot.clickOn("#tab-techniques");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.robot.lookup("#technique-list").query().isVisible()).isTrue(); // the cards work without a model
        assertThat(checks.get()).isEqualTo(1);

        app.robot.interact(action::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> settingsWindow().isPresent());
        app.robot.interact(() -> settingsWindow().ifPresent(Window::hide));
        app.robot.interact(app.vm::dismissNotice);

        Path other = app.projects().resolve("Other.offpiste");
        new org.offpiste.store.SqliteProjectFiles().create(other).close();
        app.robot.interact(() -> app.vm.open(other));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.vm.project().map(p -> p.path().endsWith("Other.offpiste"))
                .orElse(false) && !app.vm.busyProperty().get());
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.vm.noticeProperty().get()).isNull();
        assertThat(checks.get()).isEqualTo(1);
    }

    private static Optional<Window> settingsWindow() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup("#model-settings") != null).findFirst();
    }

    private final class RefusingCatalog implements ModelCatalog {
        @Override
        public List<String> models(ProviderSettings settings) {
            throw new LlmException(failure(settings), null);
        }

        @Override
        public ConnectionReport check(ProviderSettings settings) {
            checks.incrementAndGet();
            return new ConnectionReport(settings, false, List.of(), false, failure(settings));
        }

        private LlmFailure failure(ProviderSettings settings) {
            return new LlmFailure(FailureKind.REFUSED, settings.kind(), settings.model(), "localhost:11434", "");
        }
    }
}
