package org.offpiste.judge;

import java.util.Set;
import org.offpiste.board.IdeaStatus;

/** Which ideas a tab of the judgement screen works on. */
public enum IdeaScope {
    /** The ideas still in play: the Inbox and the Shortlist. */
    OPEN(Set.of(IdeaStatus.INBOX, IdeaStatus.SHORTLIST)),
    SHORTLIST(Set.of(IdeaStatus.SHORTLIST)),
    /** Every live idea, parked and rejected ones too. */
    ALL(Set.of());

    private final Set<IdeaStatus> statuses;

    IdeaScope(Set<IdeaStatus> statuses) {
        this.statuses = statuses;
    }

    /** The statuses to query (empty: any). */
    public Set<IdeaStatus> statuses() {
        return statuses;
    }

    /** The key of its name in the bundle ("judge.scope.open"). */
    public String key() {
        return "judge.scope." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
