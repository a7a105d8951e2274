package org.offpiste.ideation;

import javafx.scene.layout.BorderPane;
import org.offpiste.i18n.Messages;

/** (Being written by the techniques work stream.) */
public final class TechniquesView extends BorderPane {
    public TechniquesView(TechniquesViewModel viewModel, Messages messages) {
    }
}
