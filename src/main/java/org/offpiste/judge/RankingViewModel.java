package org.offpiste.judge;

/** The ranking tab of the judgement screen. Stub of the contract: the ranking stream implements it. */
public final class RankingViewModel {
    private final JudgeContext context;

    public RankingViewModel(JudgeContext context) {
        this.context = context;
    }

    /** Reads what the tab shows again (the tab was opened, or the board changed). */
    public void refresh() {
    }

    public void dispose() {
    }
}
