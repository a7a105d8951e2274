package org.offpiste.judge;

import javafx.scene.layout.BorderPane;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/** The duels tab of the judgement screen. Stub of the contract: the duels stream implements it. */
public final class DuelsPane extends BorderPane {
    private final DuelsViewModel vm;

    public DuelsPane(DuelsViewModel vm, Messages messages, DialogService dialogs) {
        this.vm = vm;
    }

    /** Stops following the view model (the view is rebuilt, e.g. for a change of language). */
    public void dispose() {
    }
}
