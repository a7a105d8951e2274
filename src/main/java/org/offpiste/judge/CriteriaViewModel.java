package org.offpiste.judge;

/** The criteria tab of the judgement screen. Stub of the contract: the criteria stream implements it. */
public final class CriteriaViewModel {
    private final JudgeContext context;

    public CriteriaViewModel(JudgeContext context) {
        this.context = context;
    }

    /** Reads what the tab shows again (the tab was opened, or the board changed). */
    public void refresh() {
    }

    public void dispose() {
    }
}
