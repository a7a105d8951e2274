package org.offpiste.board;

import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the system clipboard (the port the image prompts' Copy buttons write through). */
final class SystemClipboard implements Consumer<String> {
    @Override
    public void accept(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
