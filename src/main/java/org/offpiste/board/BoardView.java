package org.offpiste.board;

import javafx.scene.layout.BorderPane;
import org.offpiste.i18n.Messages;

/** (Being written by the board work stream.) */
public final class BoardView extends BorderPane {
    public BoardView(BoardViewModel viewModel, Messages messages) {
    }
}
