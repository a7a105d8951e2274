package org.offpiste.teamboard;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.offpiste.i18n.Messages;
import org.offpiste.project.TlsMode;
import org.offpiste.ui.BaseStyles;

/** File › Connect to a Team Board… (or Publish to a Team Board…): the address, the password, and a Cancel while connecting. */
public final class TeamBoardDialog extends Dialog<ButtonType> {
    static final String STYLE_CLASS = "team-board";
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private final TeamBoardViewModel vm;
    private final Messages m;
    private final ValidationSupport validation = new ValidationSupport();
    final TextField host = new TextField();
    final TextField port = new TextField();
    final TextField database = new TextField();
    final TextField user = new TextField();
    final ComboBox<TlsMode> tls = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final CheckBox remember;
    final Label status = new Label();

    public TeamBoardDialog(Window owner, TeamBoardViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        if (owner != null) {
            initOwner(owner);
        }
        boolean publish = vm.mode() == TeamBoardViewModel.Mode.PUBLISH;
        setTitle(m.get(publish ? "teamboard.publish.title" : "teamboard.connect.title"));
        setHeaderText(m.get(publish ? "teamboard.publish.header" : "teamboard.connect.header"));
        setResizable(true);
        getDialogPane().getStyleClass().addAll("offpiste-dialog", STYLE_CLASS);
        getDialogPane().getStylesheets().addAll(BaseStyles.URL,
                TeamBoardDialog.class.getResource("teamboard.css").toExternalForm());
        getDialogPane().setId("team-board");
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);

        text(host, "teamboard-host", vm.hostProperty(), TeamBoardViewModel.Field.HOST);
        text(port, "teamboard-port", vm.portProperty(), TeamBoardViewModel.Field.PORT);
        port.setPrefColumnCount(6);
        text(database, "teamboard-database", vm.databaseProperty(), TeamBoardViewModel.Field.DATABASE);
        text(user, "teamboard-user", vm.userProperty(), TeamBoardViewModel.Field.USER);
        tls.setId("teamboard-tls");
        tls.getItems().setAll(TlsMode.values());
        tls.setCellFactory(l -> new ModeCell(m));
        tls.setButtonCell(new ModeCell(m));
        tls.valueProperty().bindBidirectional(vm.tlsProperty());
        tls.setMaxWidth(Double.MAX_VALUE);
        password.setId("teamboard-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setPromptText(m.get("teamboard.field.passwordPrompt"));
        remember = new CheckBox(m.get("teamboard.field.remember"));
        remember.setId("teamboard-remember");
        remember.setWrapText(true); // the French sentence is longer than the field: two lines, never cut off
        remember.setMinHeight(Region.USE_PREF_SIZE);
        remember.setMaxWidth(Double.MAX_VALUE);
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        remember.disableProperty().bind(vm.canRememberProperty().not());
        Label noKeyring = hint(m.get("teamboard.remember.unavailable"));
        noKeyring.visibleProperty().bind(vm.canRememberProperty().not());
        noKeyring.managedProperty().bind(noKeyring.visibleProperty());

        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(18, 18);
        working.visibleProperty().bind(vm.stateProperty().isEqualTo(TeamBoardViewModel.State.WORKING));
        working.managedProperty().bind(working.visibleProperty());
        status.setId("teamboard-status");
        status.getStyleClass().add("team-board-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox statusRow = new HBox(8, working, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        vm.stateProperty().subscribe(s -> status.pseudoClassStateChanged(FAILED, s == TeamBoardViewModel.State.FAILED));
        vm.statusProperty().subscribe(s -> fitWindow());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("team-board-form");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("teamboard.field.host", host), host);
        grid.addRow(row++, label("teamboard.field.port", port), port);
        grid.addRow(row++, label("teamboard.field.database", database), database);
        grid.addRow(row++, label("teamboard.field.user", user), user);
        grid.addRow(row++, label("teamboard.field.tls", tls), tls);
        grid.addRow(row++, label("teamboard.field.password", password), password);
        grid.add(remember, 1, row++);
        grid.add(noKeyring, 1, row++);
        grid.add(statusRow, 0, row, 2, 1);
        getDialogPane().setContent(grid);

        buttons(publish);
    }

    /** Connect works in the background and closes the dialog once the board is open; Cancel stops waiting. */
    private void buttons(boolean publish) {
        ButtonType go = new ButtonType(m.get(publish ? "teamboard.action.publish" : "teamboard.action.connect"),
                ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("teamboard.action.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(go, cancel);
        setResultConverter(b -> b);
        Button goButton = (Button) getDialogPane().lookupButton(go);
        goButton.setId("teamboard-go");
        goButton.disableProperty().bind(vm.validProperty().not()
                .or(vm.stateProperty().isEqualTo(TeamBoardViewModel.State.WORKING)));
        goButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.stateProperty().get() != TeamBoardViewModel.State.DONE) {
                e.consume();
                vm.submit();
            }
        });
        getDialogPane().lookupButton(cancel).setId("teamboard-cancel");
        setOnHidden(e -> vm.cancel());
        vm.stateProperty().subscribe(s -> {
            if (s == TeamBoardViewModel.State.DONE) {
                setResult(go);
                close();
            }
        });
    }

    private void text(TextInputControl field, String id, javafx.beans.property.StringProperty value,
                      TeamBoardViewModel.Field checked) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        validate(field, v -> vm.problem(checked, v));
    }

    private void validate(TextInputControl field, Function<String, Optional<String>> problem) {
        validation.registerValidator(field, false, (Control c, String value) -> {
            Optional<String> p = problem.apply(value);
            return ValidationResult.fromErrorIf(c, p.orElse(""), p.isPresent());
        });
    }

    /** The window grows with a longer message, so the buttons stay in view. */
    private void fitWindow() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().applyCss();
            getDialogPane().layout();
            Window window = getDialogPane().getScene().getWindow();
            double wanted = getDialogPane().prefHeight(getDialogPane().getWidth());
            double chrome = window.getHeight() - getDialogPane().getScene().getHeight();
            if (window.getHeight() < wanted + chrome) {
                window.setHeight(wanted + chrome);
            }
        }
    }

    private Label label(String key, Control field) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("team-board-label");
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("team-board-hint");
        return l;
    }

    private static final class ModeCell extends ListCell<TlsMode> {
        private final Messages m;

        ModeCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(TlsMode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get("teamboard.tls." + item.name()));
        }
    }
}
