package org.offpiste.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.SecretStore;
import org.offpiste.settings.Settings;
import org.offpiste.ui.DirectTaskExecutor;

class ModelSettingsViewModelTest {
    @TempDir
    Path home;

    private ModelSettingsViewModel viewModel(ModelSettingsDialogTest.ScriptedCatalog catalog, SecretStore secrets,
                                             List<ProviderSettings> saved) {
        ProviderPreferences preferences = new ProviderPreferences(new Settings(home.resolve("config")));
        return new ModelSettingsViewModel(new ModelSetup(catalog, secrets, preferences), new DirectTaskExecutor(),
                ProviderSettings.defaults(ProviderKind.OLLAMA).withModel("mistral"), saved::add);
    }

    @Test
    void startsFromWhatTheProjectUsesAndListsTheServersModels() {
        ModelSettingsViewModel vm = viewModel(new ModelSettingsDialogTest.ScriptedCatalog(),
                new ModelSettingsDialogTest.MemorySecrets(), new ArrayList<>());
        assertThat(vm.kindProperty().get()).isEqualTo(ProviderKind.OLLAMA);
        assertThat(vm.modelProperty().get()).isEqualTo("mistral");
        assertThat(vm.models()).containsExactly("llama3.2", "mistral");
        assertThat(vm.keySourceProperty().get()).isEqualTo(SecretStore.Source.NONE);
        assertThat(vm.idleSecondsProperty().get()).isEqualTo(45);
    }

    @Test
    void aServerThatRefusesSaysWhyInsteadOfListing() {
        ModelSettingsDialogTest.ScriptedCatalog catalog = new ModelSettingsDialogTest.ScriptedCatalog();
        catalog.refuse = true;
        ModelSettingsViewModel vm = viewModel(catalog, new ModelSettingsDialogTest.MemorySecrets(), new ArrayList<>());
        assertThat(vm.models()).isEmpty();
        assertThat(vm.listProblemProperty().get().kind()).isEqualTo(FailureKind.REFUSED);
        vm.testConnection();
        assertThat(vm.reportProperty().get().ok()).isFalse();
        catalog.refuse = false;
        vm.testConnection();
        assertThat(vm.reportProperty().get().ok()).isTrue();
    }

    @Test
    void anotherProviderBringsItsOwnAddressAndOkKeepsEverythingButTheKeyOutOfTheSettings() {
        ModelSettingsDialogTest.MemorySecrets secrets = new ModelSettingsDialogTest.MemorySecrets();
        List<ProviderSettings> saved = new ArrayList<>();
        ModelSettingsViewModel vm = viewModel(new ModelSettingsDialogTest.ScriptedCatalog(), secrets, saved);
        vm.kindProperty().set(ProviderKind.ANTHROPIC);
        assertThat(vm.baseUrlProperty().get()).isEqualTo("https://api.anthropic.com/v1");
        vm.modelProperty().set("claude-3-5-haiku-latest");
        vm.temperatureProperty().set(1.26);
        vm.idleSecondsProperty().set(90);
        vm.keyProperty().set("  sk-" + "ant-secret ");
        vm.save();

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).kind()).isEqualTo(ProviderKind.ANTHROPIC);
        assertThat(saved.get(0).temperature()).isEqualTo(1.3);
        assertThat(secrets.stored).containsEntry(ProviderKind.ANTHROPIC, "sk-" + "ant-secret");
        ProviderPreferences reread = new ProviderPreferences(new Settings(home.resolve("config")));
        assertThat(reread.current().model()).isEqualTo("claude-3-5-haiku-latest");
        assertThat(reread.idleTimeout().toSeconds()).isEqualTo(90);
    }

    @Test
    void testConnectionTriesTheTypedKeyWithoutKeepingItSoCancelLosesNothing() {
        ModelSettingsDialogTest.ScriptedCatalog catalog = new ModelSettingsDialogTest.ScriptedCatalog();
        ModelSettingsDialogTest.MemorySecrets secrets = new ModelSettingsDialogTest.MemorySecrets();
        secrets.stored.put(ProviderKind.OPENAI, "sk-" + "old-working");
        List<ProviderSettings> saved = new ArrayList<>();
        ModelSettingsViewModel vm = viewModel(catalog, secrets, saved);
        vm.kindProperty().set(ProviderKind.OPENAI);
        vm.keyProperty().set(" sk-" + "new-wrong ");

        vm.testConnection();

        assertThat(catalog.testedKey).contains("sk-" + "new-wrong");
        assertThat(secrets.stored).containsEntry(ProviderKind.OPENAI, "sk-" + "old-working");
        assertThat(vm.keySourceProperty().get()).isEqualTo(SecretStore.Source.KEYRING);
        assertThat(saved).isEmpty(); // the person cancels: the old key still works
    }

    @Test
    void aKeyTheKeyringRefusesKeepsNothingAndSaysWhy() {
        ModelSettingsDialogTest.MemorySecrets secrets = new ModelSettingsDialogTest.MemorySecrets();
        secrets.refuseStore = true;
        List<ProviderSettings> saved = new ArrayList<>();
        ModelSettingsViewModel vm = viewModel(new ModelSettingsDialogTest.ScriptedCatalog(), secrets, saved);
        vm.kindProperty().set(ProviderKind.ANTHROPIC);
        vm.modelProperty().set("claude-3-5-haiku-latest");
        vm.keyProperty().set("sk-" + "ant-new");

        vm.save();

        assertThat(vm.saveProblemProperty().get()).isEqualTo(ModelSettingsViewModel.SaveProblem.KEY_NOT_KEPT);
        assertThat(vm.savedProperty().get()).isFalse();
        assertThat(saved).isEmpty();
        assertThat(new ProviderPreferences(new Settings(home.resolve("config"))).chosenKind()).isEmpty();

        secrets.refuseStore = false;
        vm.save();
        assertThat(vm.saveProblemProperty().get()).isNull();
        assertThat(vm.savedProperty().get()).isTrue();
        assertThat(saved).hasSize(1);
        assertThat(secrets.stored).containsEntry(ProviderKind.ANTHROPIC, "sk-" + "ant-new");
    }
}
