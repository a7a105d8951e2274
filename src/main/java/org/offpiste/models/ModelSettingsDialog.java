package org.offpiste.models;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ConnectionReport;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.SecretStore;
import org.offpiste.ui.BaseStyles;
import org.offpiste.ui.Icons;

/** The model settings: provider, base URL, model, temperature, idle timeout, key, and Test connection. */
public final class ModelSettingsDialog extends Dialog<ButtonType> {
    static final String STYLE_CLASS = "model-settings";
    private final ModelSettingsViewModel vm;
    private final Messages m;
    final ComboBox<ProviderKind> provider = new ComboBox<>();
    final TextField baseUrl = new TextField();
    final ComboBox<String> model = new ComboBox<>();
    final Label modelStatus = new Label();
    final Slider temperature = new Slider(0, 2, 0.9);
    final Spinner<Integer> idle = new Spinner<>(5, 600, 45, 5);
    final PasswordField key = new PasswordField();
    final Label keySource = new Label();
    final Label keyHint = new Label();
    final Button test;
    final Label testResult = new Label();
    final Label saveResult = new Label();

    public ModelSettingsDialog(Window owner, ModelSettingsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("models.title"));
        setHeaderText(m.get("models.header"));
        setResizable(true);
        getDialogPane().getStyleClass().addAll("offpiste-dialog", STYLE_CLASS);
        getDialogPane().getStylesheets().addAll(BaseStyles.URL,
                ModelSettingsDialog.class.getResource("models.css").toExternalForm());
        getDialogPane().setId("model-settings");
        getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        provider.setId("model-provider");
        provider.getItems().setAll(ProviderKind.values());
        provider.setCellFactory(l -> new KindCell());
        provider.setButtonCell(new KindCell());
        provider.valueProperty().bindBidirectional(vm.kindProperty());
        provider.setMaxWidth(Double.MAX_VALUE);

        baseUrl.setId("model-base-url");
        baseUrl.textProperty().bindBidirectional(vm.baseUrlProperty());
        baseUrl.promptTextProperty().bind(Bindings.createStringBinding(() -> vm.kindProperty().get() == null ? ""
                : m.get("models.baseUrl.hint", vm.kindProperty().get().defaultBaseUrl()), vm.kindProperty()));

        model.setId("model-name");
        model.setEditable(true);
        model.setItems(vm.models());
        model.setMaxWidth(Double.MAX_VALUE);
        model.getEditor().textProperty().bindBidirectional(vm.modelProperty());
        Button refresh = new Button(null, Icons.of(Feather.REFRESH_CW));
        refresh.setId("model-refresh");
        refresh.getStyleClass().addAll("button-icon");
        refresh.setTooltip(new Tooltip(m.get("models.model.refresh")));
        refresh.setOnAction(e -> vm.refreshModels());
        ProgressIndicator listing = new ProgressIndicator();
        listing.setMaxSize(16, 16);
        listing.visibleProperty().bind(vm.listingProperty());
        listing.managedProperty().bind(listing.visibleProperty());
        HBox.setHgrow(model, Priority.ALWAYS);
        HBox modelRow = new HBox(6, model, listing, refresh);
        modelRow.setAlignment(Pos.CENTER_LEFT);
        modelStatus.setId("model-status");
        modelStatus.getStyleClass().add("model-hint");
        modelStatus.setWrapText(true);
        modelStatus.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        modelStatus.textProperty().bind(Bindings.createStringBinding(this::modelStatusText,
                vm.listingProperty(), vm.listProblemProperty(), vm.models()));

        temperature.setId("model-temperature");
        temperature.valueProperty().bindBidirectional(vm.temperatureProperty());
        temperature.setMajorTickUnit(0.5);
        temperature.setShowTickMarks(true);
        Label temperatureValue = new Label();
        temperatureValue.setMinWidth(32);
        temperatureValue.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(m.locale(), "%.1f", vm.temperatureProperty().get()), vm.temperatureProperty()));
        HBox.setHgrow(temperature, Priority.ALWAYS);
        HBox temperatureRow = new HBox(8, temperature, temperatureValue);
        temperatureRow.setAlignment(Pos.CENTER_LEFT);
        Label temperatureHint = hint(m.get("models.temperature.hint"));

        idle.setId("model-idle");
        idle.setEditable(true);
        idle.getValueFactory().setValue(vm.idleSecondsProperty().get());
        idle.valueProperty().addListener((o, a, b) -> vm.idleSecondsProperty().set(b));
        idle.setPrefWidth(100);
        idle.setMinWidth(100);
        Label idleUnit = new Label(m.get("models.idle.seconds", "").strip());
        HBox idleRow = new HBox(8, idle, idleUnit, hint(m.get("models.idle.hint")));
        idleRow.setAlignment(Pos.CENTER_LEFT);

        key.setId("model-key");
        key.textProperty().bindBidirectional(vm.keyProperty());
        key.setPromptText(m.get("models.key.prompt"));
        keySource.setId("model-key-source");
        keySource.setWrapText(true);
        keySource.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        keySource.getStyleClass().add("model-hint");
        keySource.textProperty().bind(Bindings.createStringBinding(this::keyText, vm.keySourceProperty(),
                vm.kindProperty(), vm.canStoreKeyProperty()));
        key.disableProperty().bind(vm.kindProperty().isEqualTo(ProviderKind.OLLAMA)
                .or(vm.canStoreKeyProperty().not()));

        test = new Button(m.get("models.test"), Icons.of(Feather.ACTIVITY));
        test.setId("model-test");
        test.disableProperty().bind(vm.testingProperty());
        test.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        test.setOnAction(e -> vm.testConnection());
        testResult.setId("model-test-result");
        testResult.setWrapText(true);
        testResult.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        testResult.getStyleClass().add("model-test-result");
        testResult.textProperty().bind(Bindings.createStringBinding(this::testText, vm.testingProperty(),
                vm.reportProperty()));
        vm.reportProperty().subscribe(r -> {
            testResult.getStyleClass().removeAll("ok", "problem");
            if (r != null) {
                testResult.getStyleClass().add(r.ok() ? "ok" : "problem");
            }
            fitWindow();
        });
        vm.listProblemProperty().subscribe(p -> fitWindow());
        testResult.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(testResult, Priority.ALWAYS);
        HBox testRow = new HBox(10, test, testResult);
        testRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("model-form");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("models.provider"), provider);
        grid.addRow(row++, label("models.baseUrl"), baseUrl);
        grid.addRow(row++, label("models.model"), modelRow);
        grid.add(modelStatus, 1, row++);
        grid.addRow(row++, label("models.temperature"), temperatureRow);
        grid.add(temperatureHint, 1, row++);
        grid.addRow(row++, label("models.idle"), idleRow);
        grid.addRow(row++, label("models.key"), key);
        grid.add(keySource, 1, row++);
        grid.add(testRow, 0, row++, 2, 1);
        saveResult.setId("model-save-result");
        saveResult.setWrapText(true);
        saveResult.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        saveResult.getStyleClass().addAll("model-test-result", "problem");
        saveResult.textProperty().bind(Bindings.createStringBinding(this::saveText, vm.saveProblemProperty(),
                vm.kindProperty()));
        saveResult.visibleProperty().bind(vm.saveProblemProperty().isNotNull());
        saveResult.managedProperty().bind(saveResult.visibleProperty());
        vm.saveProblemProperty().subscribe(p -> fitWindow());
        grid.add(saveResult, 0, row, 2, 1);
        getDialogPane().setContent(grid);

        ButtonType ok = new ButtonType(m.get("models.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("models.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        setResultConverter(b -> b);
        // OK keeps the settings in the background and closes the dialog only once they are kept;
        // when they cannot be, the dialog stays open and says why (nothing is lost silently).
        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(vm.savingProperty());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.savedProperty().get()) {
                e.consume();
                vm.save();
            }
        });
        vm.savedProperty().subscribe(done -> {
            if (done) {
                setResult(ok);
                close();
            }
        });
    }

    private String saveText() {
        ModelSettingsViewModel.SaveProblem problem = vm.saveProblemProperty().get();
        if (problem == null) {
            return "";
        }
        ProviderKind kind = vm.kindProperty().get();
        return switch (problem) {
            case KEY_NOT_KEPT -> m.get("models.save.keyNotKept", kind == null || kind.keyVariable() == null
                    ? "" : kind.keyVariable());
            case SETTINGS_NOT_WRITTEN -> m.get("models.save.notWritten");
        };
    }

    /** The window grows with a longer message, so the buttons stay in view. */
    private void fitWindow() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().applyCss();
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private Label label(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("model-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add("model-hint");
        return l;
    }

    private String providerName(ProviderKind kind) {
        return kind == null ? "" : m.get("llm.provider." + kind.id());
    }

    private String modelStatusText() {
        if (vm.listingProperty().get()) {
            return m.get("models.model.listing");
        }
        if (vm.listProblemProperty().get() != null) {
            return m.describe(vm.listProblemProperty().get());
        }
        return m.get("models.model.count", vm.models().size());
    }

    private String keyText() {
        ProviderKind kind = vm.kindProperty().get();
        if (kind == null) {
            return "";
        }
        if (kind == ProviderKind.OLLAMA) {
            return m.get("models.key.notNeeded");
        }
        SecretStore.Source source = vm.keySourceProperty().get();
        String now = source == null ? "" : switch (source) {
            case ENVIRONMENT -> m.get("models.key.fromEnvironment", kind.keyVariable());
            case KEYRING -> m.get("models.key.fromKeyring");
            case NONE -> kind.needsKey() ? m.get("models.key.none") : m.get("models.key.optional", kind.keyVariable());
        };
        String where = vm.canStoreKeyProperty().get() ? m.get("models.key.storeHere")
                : m.get("models.key.noKeyring", kind.keyVariable());
        return (now + " " + where).strip();
    }

    private String testText() {
        if (vm.testingProperty().get()) {
            return m.get("models.test.running");
        }
        ConnectionReport r = vm.reportProperty().get();
        if (r == null) {
            return "";
        }
        String name = providerName(r.settings().kind());
        if (r.failure() != null || !r.reachable()) {
            return r.failure() == null ? m.get("llm.none") : m.describe(r.failure());
        }
        if (r.models().isEmpty()) {
            return r.modelListed() ? m.get("models.test.ok", name, r.settings().model()) : m.get("models.test.noModels", name);
        }
        if (r.settings().model().isEmpty()) {
            return m.get("models.test.okNoModel", name, String.join(", ", first(r.models())));
        }
        return r.modelListed() ? m.get("models.test.ok", name, r.settings().model())
                : m.get("models.test.notListed", name, r.settings().model(), String.join(", ", first(r.models())));
    }

    private static List<String> first(List<String> models) {
        return models.subList(0, Math.min(6, models.size()));
    }

    private final class KindCell extends ListCell<ProviderKind> {
        @Override
        protected void updateItem(ProviderKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : providerName(item));
        }
    }
}
