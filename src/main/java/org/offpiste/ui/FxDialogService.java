package org.offpiste.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;

/** The window's dialogs: native file choosers and themed alerts owned by the main window. */
public final class FxDialogService implements DialogService {
    public static final String STYLE_CLASS = "offpiste-dialog";
    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;
    private Path lastFolder;

    /** {@code messages} is asked each time, so the dialogs follow a change of language. */
    public FxDialogService(Supplier<Window> owner, Supplier<Messages> messages) {
        this(owner, messages, null);
    }

    /** File choosers start in {@code firstFolder} (the projects folder) until the person picks another. */
    public FxDialogService(Supplier<Window> owner, Supplier<Messages> messages, Path firstFolder) {
        this.owner = owner;
        this.messages = messages;
        this.lastFolder = firstFolder;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        FileChooser chooser = chooser(title, filterDescription, extensions);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription,
                                           String... extensions) {
        FileChooser chooser = chooser(title, filterDescription, extensions);
        chooser.setInitialFileName(initialName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ok()).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ok()).showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.setGraphic(null);
        dialog.getDialogPane().getStyleClass().add(STYLE_CLASS);
        dialog.getDialogPane().getStylesheets().add(BaseStyles.URL);
        ButtonType ok = ok();
        ButtonType cancel = new ButtonType(messages.get().get("ui.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        return dialog.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = ok();
        ButtonType no = new ButtonType(messages.get().get("ui.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.CONFIRMATION, title, message, yes, no).showAndWait()
                .filter(b -> b == yes).isPresent();
    }

    private ButtonType ok() {
        return new ButtonType(messages.get().get("ui.dialog.ok"), ButtonData.OK_DONE);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setGraphic(Icons.of(switch (type) {
            case ERROR -> Feather.ALERT_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case CONFIRMATION -> Feather.HELP_CIRCLE;
            default -> Feather.INFO;
        }, "dialog-icon-" + type.name().toLowerCase(java.util.Locale.ROOT)));
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("dialog-message");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStyleClass().add(STYLE_CLASS);
        alert.getDialogPane().getStylesheets().add(BaseStyles.URL);
        return alert;
    }

    private FileChooser chooser(String title, String filterDescription, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (extensions.length > 0) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, extensions));
        }
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath().toAbsolutePath();
        lastFolder = path.getParent();
        return Optional.of(path);
    }
}
