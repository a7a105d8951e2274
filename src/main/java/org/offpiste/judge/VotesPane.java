package org.offpiste.judge;

import javafx.scene.layout.BorderPane;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/** The votes tab of the judgement screen. Stub of the contract: the votes stream implements it. */
public final class VotesPane extends BorderPane {
    private final VotesViewModel vm;

    public VotesPane(VotesViewModel vm, Messages messages, DialogService dialogs) {
        this.vm = vm;
    }

    /** Stops following the view model (the view is rebuilt, e.g. for a change of language). */
    public void dispose() {
    }
}
