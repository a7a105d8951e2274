package org.offpiste.brief;

import org.offpiste.ui.TaskExecutor;

/** (Being written by the brief work stream.) */
public final class BriefViewModel {
    public BriefViewModel(org.offpiste.brief.BriefService service, TaskExecutor executor, boolean readOnly) {
    }
}
