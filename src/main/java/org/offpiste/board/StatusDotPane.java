package org.offpiste.board;

import javafx.css.PseudoClass;
import javafx.scene.layout.Region;

/** A small dot in the colour of a status (menus, filter chips). */
final class StatusDotPane extends Region {
    StatusDotPane(IdeaStatus status) {
        getStyleClass().add(BoardStyles.STATUS_DOT);
        pseudoClassStateChanged(pseudoClass(status), true);
    }

    /** The pseudo-class of a status (":shortlist"), used by dots, badges and cards. */
    static PseudoClass pseudoClass(IdeaStatus status) {
        return PseudoClass.getPseudoClass(status.key());
    }
}
