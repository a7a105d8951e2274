package org.offpiste.board;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** The parts the idea editor's sections (origin, novelty, versions, comments) build alike. */
final class EditorSections {
    private EditorSections() {
    }

    /** A section's heading, with its icon. */
    static Label heading(Messages messages, String key, String icon) {
        Label l = new Label(messages.get(key), new FontIcon(icon));
        l.getStyleClass().add(BoardStyles.EDITOR_LABEL);
        return l;
    }

    /** A line of wrapped text. */
    static Label meta(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    /** What went wrong in a section (a message key), shown only while there is something. */
    static Label problem(ReadOnlyStringProperty problem, Messages messages) {
        Label l = meta("");
        l.getStyleClass().add(BoardStyles.SECTION_PROBLEM);
        l.textProperty().bind(Bindings.createStringBinding(() -> problem.get() == null ? "" : messages.get(problem.get()),
                problem));
        l.visibleProperty().bind(problem.isNotNull());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** Hidden takes no room. */
    static void hide(Node node, boolean hidden) {
        node.setVisible(!hidden);
        node.setManaged(!hidden);
    }
}
