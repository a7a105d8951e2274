package org.offpiste.brief;

import javafx.scene.layout.BorderPane;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/** (Being written by the brief work stream.) */
public final class BriefView extends BorderPane {
    public BriefView(BriefViewModel viewModel, Messages messages, DialogService dialogs) {
    }
}
