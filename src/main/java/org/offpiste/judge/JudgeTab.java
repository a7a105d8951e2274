package org.offpiste.judge;

import java.util.Locale;

/** The tabs of the judgement screen, in their order. */
public enum JudgeTab {
    RANKING, CRITERIA, VOTES, DUELS;

    /** "ranking": the tab's id ({@code tab-ranking}) and the key of its title ({@code judge.tab.ranking}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
