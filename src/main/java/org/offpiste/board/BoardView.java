package org.offpiste.board;

import javafx.scene.layout.BorderPane;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/** (Being written by the board work stream.) */
public final class BoardView extends BorderPane {
    public BoardView(BoardViewModel viewModel, Messages messages, DialogService dialogs) {
    }

    /** Puts the keyboard focus in the search field (Edit › Find). */
    public void focusSearch() {
    }
}
