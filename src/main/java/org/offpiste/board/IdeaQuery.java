package org.offpiste.board;

import java.util.Set;

/**
 * A board query. {@code text} is full-text search over title, body and tags (accents and case
 * folded, each word matched as a prefix); blank means no search. Empty sets mean "any".
 * An idea must carry every tag in {@code tags}.
 */
public record IdeaQuery(String text, Set<String> tags, Set<IdeaStatus> statuses, IdeaSort sort) {
    public IdeaQuery {
        text = text == null ? "" : text;
        tags = Set.copyOf(tags);
        statuses = Set.copyOf(statuses);
        sort = sort == null ? IdeaSort.UPDATED : sort;
    }

    public static IdeaQuery all() {
        return new IdeaQuery("", Set.of(), Set.of(), IdeaSort.UPDATED);
    }

    public IdeaQuery withText(String t) {
        return new IdeaQuery(t, tags, statuses, sort);
    }

    public IdeaQuery withTags(Set<String> t) {
        return new IdeaQuery(text, t, statuses, sort);
    }

    public IdeaQuery withStatuses(Set<IdeaStatus> s) {
        return new IdeaQuery(text, tags, s, sort);
    }

    public IdeaQuery withSort(IdeaSort s) {
        return new IdeaQuery(text, tags, statuses, s);
    }
}
