package org.offpiste.judge;

/** The votes tab of the judgement screen. Stub of the contract: the votes stream implements it. */
public final class VotesViewModel {
    private final JudgeContext context;

    public VotesViewModel(JudgeContext context) {
        this.context = context;
    }

    /** Reads what the tab shows again (the tab was opened, or the board changed). */
    public void refresh() {
    }

    public void dispose() {
    }
}
