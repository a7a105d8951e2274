package org.offpiste.judge;

import java.util.EnumSet;
import java.util.Set;
import org.offpiste.board.IdeaStatus;

/** Which ideas the Criteria tab lists to rate: the Shortlist, or the Inbox and the Shortlist. */
public enum RatingScope {
    SHORTLIST(EnumSet.of(IdeaStatus.SHORTLIST)),
    INBOX_AND_SHORTLIST(EnumSet.of(IdeaStatus.INBOX, IdeaStatus.SHORTLIST));

    private final Set<IdeaStatus> statuses;

    RatingScope(Set<IdeaStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<IdeaStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    /** The key of its label, {@code criteria.scope.<key>}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
