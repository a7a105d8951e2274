package org.offpiste.board;

import java.util.function.Supplier;

/**
 * The versions the board's actions make: each change of an idea's title, body or tags is a version
 * linked to the one it came from, made by the person at the keyboard unless a model made it.
 */
final class IdeaLineage {
    private final VersionStore versions;
    private final Supplier<String> author;

    IdeaLineage(VersionStore versions, Supplier<String> author) {
        this.versions = versions;
        this.author = author;
    }

    /** The version of an edit; null when the title, body and tags did not change (a change of status). */
    IdeaVersion edited(Idea before, Idea after) {
        return sameText(before, after) ? null : add(after, VersionKind.EDITED, author.get(), false, "", head(after), null);
    }

    /**
     * The one version of an editing session: the first write adds it, later writes amend it, and a
     * session typed back to where it started leaves none.
     */
    IdeaVersion draft(Idea start, Idea now, IdeaVersion earlier) {
        if (sameText(start, now)) {
            if (earlier != null) {
                versions.remove(earlier.id());
            }
            return null;
        }
        return earlier == null ? edited(start, now) : versions.amend(earlier.id(), now.title(), now.body(), now.tags());
    }

    IdeaVersion refined(Idea after, String madeBy, String instruction) {
        return add(after, VersionKind.REFINED, madeBy, true, instruction, head(after), null);
    }

    IdeaVersion restored(Idea after, IdeaVersion from) {
        return add(after, VersionKind.RESTORED, author.get(), false, "", from.id(), null);
    }

    /** The merge on the kept idea; {@code dropId}'s newest version is the one merged in. */
    IdeaVersion merged(Idea after, long dropId) {
        Long from = versions.head(dropId).map(IdeaVersion::id).orElse(null);
        return add(after, VersionKind.MERGED, author.get(), false, "", head(after), from);
    }

    /** The first version of an idea forked from {@code from}: it replaces the one its adding recorded. */
    IdeaVersion forked(Idea idea, IdeaVersion from) {
        versions.history(idea.id()).forEach(v -> versions.remove(v.id()));
        return add(idea, VersionKind.FORKED, author.get(), false, "", from.id(), null);
    }

    private IdeaVersion add(Idea idea, VersionKind kind, String madeBy, boolean byModel, String instruction,
                            Long parent, Long mergedFrom) {
        return versions.add(idea.id(), new NewVersion(kind, idea.title(), idea.body(), idea.tags(), madeBy, byModel,
                instruction, parent, mergedFrom));
    }

    private Long head(Idea idea) {
        return versions.head(idea.id()).map(IdeaVersion::id).orElse(null);
    }

    private static boolean sameText(Idea a, Idea b) {
        return a.title().equals(b.title()) && a.body().equals(b.body()) && a.tags().equals(b.tags());
    }
}
