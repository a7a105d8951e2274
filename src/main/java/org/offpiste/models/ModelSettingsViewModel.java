package org.offpiste.models;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.llm.ConnectionReport;
import org.offpiste.llm.DefaultModels;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmException;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.SecretStore;
import org.offpiste.ui.TaskExecutor;

/**
 * The model settings dialog: provider, base URL, model (listed by the server in the
 * background), temperature, idle timeout, the key and where it comes from, "Test connection",
 * and OK, which keeps the settings for the person and makes the project use them.
 */
public final class ModelSettingsViewModel {
    private static final Logger LOG = Logger.getLogger(ModelSettingsViewModel.class.getName());
    private final ModelSetup setup;
    private final TaskExecutor executor;
    private final Consumer<ProviderSettings> onSaved;
    private final ObjectProperty<ProviderKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature");
    private final IntegerProperty idleSeconds = new SimpleIntegerProperty(this, "idleSeconds");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper listing = new ReadOnlyBooleanWrapper(this, "listing");
    private final ReadOnlyObjectWrapper<LlmFailure> listProblem = new ReadOnlyObjectWrapper<>(this, "listProblem");
    private final ReadOnlyObjectWrapper<SecretStore.Source> keySource = new ReadOnlyObjectWrapper<>(this, "keySource");
    private final ReadOnlyBooleanWrapper canStoreKey = new ReadOnlyBooleanWrapper(this, "canStoreKey");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyObjectWrapper<ConnectionReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private final ReadOnlyObjectWrapper<SaveProblem> saveProblem = new ReadOnlyObjectWrapper<>(this, "saveProblem");
    private int listGeneration;
    private int testGeneration;

    /** Starts from {@code current} (what the project uses now); {@code onSaved} runs on OK with the chosen settings. */
    public ModelSettingsViewModel(ModelSetup setup, TaskExecutor executor, ProviderSettings current,
                                  Consumer<ProviderSettings> onSaved) {
        this.setup = setup;
        this.executor = executor;
        this.onSaved = onSaved;
        ProviderSettings start = current != null ? current : setup.preferences().current();
        idleSeconds.set((int) setup.preferences().idleTimeout().toSeconds());
        show(start);
        kind.addListener((o, was, now) -> {
            if (now != null && now != was) {
                show(now == start.kind() ? start : setup.preferences().forKind(now));
            }
        });
    }

    // ---- Properties

    public ObjectProperty<ProviderKind> kindProperty() {
        return kind;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelProperty() {
        return model;
    }

    /** 0..2. */
    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    /** The longest silence inside an answer before it ends as incomplete, 5..600 s. */
    public IntegerProperty idleSecondsProperty() {
        return idleSeconds;
    }

    /** A new key typed by the person (empty: keep the current one). Never read back from the keyring. */
    public StringProperty keyProperty() {
        return key;
    }

    /** The models the server lists (filled in the background). */
    public ObservableList<String> models() {
        return models;
    }

    public ReadOnlyBooleanProperty listingProperty() {
        return listing.getReadOnlyProperty();
    }

    /** Why the models could not be listed, or null. */
    public ReadOnlyObjectProperty<LlmFailure> listProblemProperty() {
        return listProblem.getReadOnlyProperty();
    }

    /** Where the current key of the provider comes from (null until known). */
    public ReadOnlyObjectProperty<SecretStore.Source> keySourceProperty() {
        return keySource.getReadOnlyProperty();
    }

    /** True when a keyring answers on this machine, so that a typed key can be kept in it. */
    public ReadOnlyBooleanProperty canStoreKeyProperty() {
        return canStoreKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** The last "Test connection" answer, or null. */
    public ReadOnlyObjectProperty<ConnectionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The settings as they stand in the dialog. */
    public ProviderSettings settings() {
        double t = Math.max(0, Math.min(2, Math.round(temperature.get() * 10) / 10.0));
        return new ProviderSettings(kind.get(), baseUrl.get(), model.get(), t);
    }

    // ---- Commands

    /** Asks the server for its models again (the refresh button; also after a change of provider). */
    public void refreshModels() {
        int gen = ++listGeneration;
        ProviderSettings s = settings();
        listing.set(true);
        listProblem.set(null);
        executor.run(() -> setup.catalog().models(s), list -> {
            if (gen == listGeneration) {
                listing.set(false);
                models.setAll(list);
                fillEmptyModel(list);
            }
        }, e -> {
            if (gen == listGeneration) {
                listing.set(false);
                models.clear();
                listProblem.set(failureOf(e, s));
            }
        });
    }

    /**
     * Checks the server and the model in the background, with the typed key if there is one: the
     * key is only held in memory for the test, and kept (in the keyring) only by OK.
     */
    public void testConnection() {
        int gen = ++testGeneration;
        ProviderSettings s = settings();
        String typed = key.get().strip();
        Optional<String> override = typed.isEmpty() ? Optional.empty() : Optional.of(typed);
        testing.set(true);
        report.set(null);
        executor.run(() -> new Checked(setup.catalog().check(s, override), setup.secrets().source(s.kind())), checked -> {
            if (gen == testGeneration) {
                testing.set(false);
                keySource.set(checked.source());
                report.set(checked.report());
                if (!checked.report().models().isEmpty()) {
                    models.setAll(checked.report().models());
                }
            }
        }, e -> {
            testing.set(false);
            report.set(new ConnectionReport(s, false, List.of(), false, failureOf(e, s)));
        });
    }

    /**
     * OK: keeps the key (if one was typed and a keyring answers), then the settings, and tells the
     * project. When something cannot be kept, nothing is: {@link #saveProblemProperty()} says what
     * failed and the dialog stays open; {@link #savedProperty()} turns true once all is kept.
     */
    public void save() {
        if (saving.get()) {
            return;
        }
        ProviderSettings s = settings();
        String typed = key.get().strip();
        int idle = Math.max(5, Math.min(600, idleSeconds.get()));
        saving.set(true);
        saveProblem.set(null);
        executor.run(() -> {
            try {
                storeKey(s.kind(), typed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The key could not be kept: {0}", e.getClass().getSimpleName());
                return SaveProblem.KEY_NOT_KEPT;
            }
            setup.preferences().choose(s);
            setup.preferences().setIdleTimeout(Duration.ofSeconds(idle));
            return null;
        }, problem -> {
            saving.set(false);
            if (problem != null) {
                saveProblem.set(problem);
                return;
            }
            key.set("");
            saved.set(true);
            onSaved.accept(s);
        }, e -> {
            LOG.log(Level.WARNING, "The model settings could not be saved", e);
            saving.set(false);
            saveProblem.set(SaveProblem.SETTINGS_NOT_WRITTEN);
        });
    }

    /** What OK could not keep. */
    public enum SaveProblem {
        /** The keyring refused the typed key: nothing was kept. */
        KEY_NOT_KEPT,
        /** The settings file could not be written. */
        SETTINGS_NOT_WRITTEN
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once OK has kept everything: the dialog may close. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Why the last OK kept nothing, or null. */
    public ReadOnlyObjectProperty<SaveProblem> saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    // ---- Internals

    private record Checked(ConnectionReport report, SecretStore.Source source) {
    }

    /** A provider just listed its models and none is chosen yet: take its first chat model. */
    private void fillEmptyModel(List<String> listed) {
        if (model.get() == null || model.get().isBlank()) {
            String first = DefaultModels.firstChatModel(listed);
            if (first != null && !first.isBlank()) {
                model.set(first);
            }
        }
    }

    private void storeKey(ProviderKind k, String typed) {
        if (!typed.isEmpty() && setup.secrets().canStore()) {
            setup.secrets().store(k, typed);
        }
    }

    private void show(ProviderSettings s) {
        kind.set(s.kind());
        baseUrl.set(s.baseUrl());
        model.set(s.model());
        temperature.set(s.temperature());
        key.set("");
        report.set(null);
        models.clear();
        keySource.set(null);
        ProviderKind k = s.kind();
        executor.run(() -> new KeyState(setup.secrets().source(k), setup.secrets().canStore()), state -> {
            if (kind.get() == k) {
                keySource.set(state.source());
                canStoreKey.set(state.canStore());
            }
        }, e -> LOG.log(Level.FINE, "Key source unknown", e));
        refreshModels();
    }

    private record KeyState(SecretStore.Source source, boolean canStore) {
    }

    private static LlmFailure failureOf(Throwable e, ProviderSettings s) {
        if (e instanceof LlmException le) {
            return le.failure();
        }
        LOG.log(Level.WARNING, "Model list failed", e);
        return new LlmFailure(FailureKind.OTHER, s.kind(), s.model(), "", "");
    }
}
