package org.offpiste.board;

import java.util.Set;

/**
 * A board query. {@code text} is full-text search over title, body and tags (accents and case
 * folded, each word matched as a prefix); blank means no search. Empty sets mean "any".
 * An idea must carry every tag in {@code tags}.
 *
 * @param viewer who looks at the board: an idea sealed in a silent workshop round is shown only to
 *               its author until the facilitator reveals it; null sees every idea (commands, exports)
 */
public record IdeaQuery(String text, Set<String> tags, Set<IdeaStatus> statuses, IdeaSort sort, String viewer) {
    public IdeaQuery {
        text = text == null ? "" : text;
        tags = Set.copyOf(tags);
        statuses = Set.copyOf(statuses);
        sort = sort == null ? IdeaSort.UPDATED : sort;
    }

    public IdeaQuery(String text, Set<String> tags, Set<IdeaStatus> statuses, IdeaSort sort) {
        this(text, tags, statuses, sort, null);
    }

    /** The same query as {@code person} sees it (sealed ideas of others left out). */
    public IdeaQuery withViewer(String person) {
        return new IdeaQuery(text, tags, statuses, sort, person);
    }

    public static IdeaQuery all() {
        return new IdeaQuery("", Set.of(), Set.of(), IdeaSort.UPDATED);
    }

    public IdeaQuery withText(String t) {
        return new IdeaQuery(t, tags, statuses, sort, viewer);
    }

    public IdeaQuery withTags(Set<String> t) {
        return new IdeaQuery(text, t, statuses, sort, viewer);
    }

    public IdeaQuery withStatuses(Set<IdeaStatus> s) {
        return new IdeaQuery(text, tags, s, sort, viewer);
    }

    public IdeaQuery withSort(IdeaSort s) {
        return new IdeaQuery(text, tags, statuses, s, viewer);
    }
}
