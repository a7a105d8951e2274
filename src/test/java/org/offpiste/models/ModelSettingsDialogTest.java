package org.offpiste.models;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.offpiste.llm.SecretStore;
import org.offpiste.settings.Settings;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ModelSettingsDialogTest {
    @TempDir
    static Path home;
    final FxTaskExecutor executor = new FxTaskExecutor();
    final ScriptedCatalog catalog = new ScriptedCatalog();
    final MemorySecrets secrets = new MemorySecrets();
    ProviderPreferences preferences;
    final List<ProviderSettings> saved = new ArrayList<>();
    ModelSettingsDialog dialog;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        preferences = new ProviderPreferences(new Settings(home.resolve("config-" + System.nanoTime())));
        ModelSettingsViewModel vm = new ModelSettingsViewModel(new ModelSetup(catalog, secrets, preferences), executor,
                new ProviderSettings(ProviderKind.OLLAMA, null, "llama3.2", 0.9), saved::add);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
        stage.show();
        dialog = new ModelSettingsDialog(stage, vm, new Messages(Messages.ENGLISH));
        dialog.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        executor.shutdown(java.time.Duration.ofSeconds(2));
        FxToolkit.cleanupStages();
    }

    @Test
    void theModelsComeFromTheServerAndTestConnectionSaysWhatWorks(FxRobot robot) throws Exception {
        waitUntil(() -> dialog.model.getItems().size() == 2);
        assertThat(dialog.model.getItems()).containsExactly("llama3.2", "mistral");
        assertThat(dialog.modelStatus.getText()).isEqualTo("The server lists 2 models");
        assertThat(dialog.keySource.getText()).isEqualTo("Ollama needs no key.");

        robot.interact(dialog.test::fire);
        waitUntil(() -> dialog.testResult.getText().contains("answers"));
        assertThat(dialog.testResult.getText()).isEqualTo("Ollama answers and offers llama3.2.");

        catalog.refuse = true;
        robot.interact(dialog.test::fire);
        waitUntil(() -> dialog.testResult.getStyleClass().contains("problem"));
        assertThat(dialog.testResult.getText()).startsWith("Nothing answers at localhost:11434.")
                .doesNotContain("Exception");
    }

    @Test
    void aKeyProviderSaysWhereItsKeyComesFromAndOkSavesTheChoice(FxRobot robot) throws Exception {
        secrets.sources.put(ProviderKind.OPENAI, SecretStore.Source.ENVIRONMENT);
        robot.interact(() -> dialog.provider.setValue(ProviderKind.OPENAI));
        waitUntil(() -> dialog.keySource.getText().contains("OPENAI_API_KEY"));
        assertThat(dialog.keySource.getText()).startsWith("Current key: from the environment variable OPENAI_API_KEY.");
        assertThat(dialog.baseUrl.getText()).isEqualTo("https://api.openai.com/v1");
        robot.interact(() -> {
            dialog.model.getEditor().setText("gpt-4o-mini");
            dialog.key.setText("sk-" + "typed");
        });
        DialogPane pane = dialog.getDialogPane();
        Button ok = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow();
        robot.interact(ok::fire);
        waitUntil(() -> saved.size() == 1);
        assertThat(saved.get(0).kind()).isEqualTo(ProviderKind.OPENAI);
        assertThat(saved.get(0).model()).isEqualTo("gpt-4o-mini");
        assertThat(preferences.current().model()).isEqualTo("gpt-4o-mini");
        assertThat(secrets.stored).containsEntry(ProviderKind.OPENAI, "sk-" + "typed");
    }

    @Test
    void okWithAKeyTheKeyringRefusesKeepsTheDialogOpenAndSaysSo(FxRobot robot) throws Exception {
        secrets.refuseStore = true;
        robot.interact(() -> dialog.provider.setValue(ProviderKind.OPENAI));
        robot.interact(() -> {
            dialog.model.getEditor().setText("gpt-4o");
            dialog.key.setText("sk-" + "typed");
        });
        DialogPane pane = dialog.getDialogPane();
        Button ok = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow();
        robot.interact(ok::fire);
        waitUntil(() -> dialog.saveResult.isVisible());

        assertThat(dialog.isShowing()).isTrue();
        assertThat(dialog.saveResult.getText()).startsWith("The system keyring refused the key").contains("OPENAI_API_KEY");
        assertThat(saved).isEmpty();
        assertThat(preferences.chosenKind()).isEmpty();

        secrets.refuseStore = false;
        robot.interact(ok::fire);
        waitUntil(() -> !dialog.isShowing());
        assertThat(saved).hasSize(1);
        assertThat(secrets.stored).containsEntry(ProviderKind.OPENAI, "sk-" + "typed");
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lists two models, or refuses the connection; remembers the key a check was given. */
    static final class ScriptedCatalog implements ModelCatalog {
        volatile boolean refuse;
        volatile Optional<String> testedKey = Optional.empty();

        @Override
        public ConnectionReport check(ProviderSettings settings, Optional<String> keyOverride) {
            testedKey = keyOverride;
            return check(settings);
        }

        @Override
        public List<String> models(ProviderSettings settings) {
            if (refuse) {
                throw new LlmException(failure(settings), null);
            }
            return List.of("llama3.2", "mistral");
        }

        @Override
        public ConnectionReport check(ProviderSettings settings) {
            if (refuse) {
                return new ConnectionReport(settings, false, List.of(), false, failure(settings));
            }
            List<String> models = models(settings);
            return new ConnectionReport(settings, true, models, models.contains(settings.model()), null);
        }

        private static LlmFailure failure(ProviderSettings s) {
            return new LlmFailure(FailureKind.REFUSED, s.kind(), s.model(), "localhost:11434", "");
        }
    }

    /** Keys in memory, with a keyring (that refuses to keep keys when told to). */
    static final class MemorySecrets implements SecretStore {
        volatile boolean refuseStore;
        final Map<ProviderKind, Source> sources = new EnumMap<>(ProviderKind.class);
        final Map<ProviderKind, String> stored = new EnumMap<>(ProviderKind.class);

        @Override
        public Optional<String> key(ProviderKind kind) {
            return Optional.ofNullable(stored.get(kind));
        }

        @Override
        public Source source(ProviderKind kind) {
            return stored.containsKey(kind) ? Source.KEYRING : sources.getOrDefault(kind, Source.NONE);
        }

        @Override
        public boolean canStore() {
            return true;
        }

        @Override
        public void store(ProviderKind kind, String key) {
            if (refuseStore) {
                throw new IllegalStateException("The OS keyring refused to store the key for " + kind.id());
            }
            stored.put(kind, key);
        }

        @Override
        public void forget(ProviderKind kind) {
            stored.remove(kind);
        }
    }
}
