package org.offpiste.ideation;

import org.offpiste.brief.BriefService;
import org.offpiste.ui.TaskExecutor;

/** (Being written by the techniques work stream.) */
public final class TechniquesViewModel {
    public TechniquesViewModel(BriefService brief, TaskExecutor executor) {
    }

    public void dispose() {
    }
}
