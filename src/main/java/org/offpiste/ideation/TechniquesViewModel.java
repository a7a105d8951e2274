package org.offpiste.ideation;

import org.offpiste.ui.TaskExecutor;

/** (Being written by the ideation work stream.) */
public final class TechniquesViewModel {
    public TechniquesViewModel(org.offpiste.brief.BriefService brief, TaskExecutor executor, boolean readOnly) {
    }
}
