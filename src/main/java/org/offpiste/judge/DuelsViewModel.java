package org.offpiste.judge;

/** The duels tab of the judgement screen. Stub of the contract: the duels stream implements it. */
public final class DuelsViewModel {
    private final JudgeContext context;

    public DuelsViewModel(JudgeContext context) {
        this.context = context;
    }

    /** Reads what the tab shows again (the tab was opened, or the board changed). */
    public void refresh() {
    }

    public void dispose() {
    }
}
