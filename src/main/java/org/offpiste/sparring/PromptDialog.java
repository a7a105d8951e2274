package org.offpiste.sparring;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.BaseStyles;

/** "Show prompt": the exact text sent to the model, selectable, with a Copy button. */
final class PromptDialog extends Dialog<Void> {
    static final String STYLE_CLASS = "prompt-dialog";
    final TextArea text = new TextArea();

    PromptDialog(Window owner, Messages m, String prompt) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("sparring.prompt.title"));
        setHeaderText(m.get("sparring.prompt.header"));
        setResizable(true);
        text.setId("prompt-text");
        text.setText(prompt);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 420);
        getDialogPane().setContent(text);
        getDialogPane().getStyleClass().addAll("offpiste-dialog", STYLE_CLASS);
        getDialogPane().getStylesheets().addAll(BaseStyles.URL,
                PromptDialog.class.getResource("sparring.css").toExternalForm());
        ButtonType copy = new ButtonType(m.get("sparring.prompt.copy"), ButtonData.LEFT);
        ButtonType close = new ButtonType(m.get("sparring.prompt.close"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(copy, close);
        Button copyButton = (Button) getDialogPane().lookupButton(copy);
        copyButton.setId("prompt-copy");
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(prompt);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // Copy keeps the dialog open
        });
    }
}
