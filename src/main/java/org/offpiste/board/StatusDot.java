package org.offpiste.board;

import javafx.scene.layout.Region;

/** A small dot in the colour of a status (menus, filter chips). */
final class StatusDot extends Region {
    StatusDot(IdeaStatus status) {
        getStyleClass().add(BoardStyles.STATUS_DOT);
        pseudoClassStateChanged(BoardStyles.of(status), true);
    }
}
