package org.offpiste.board;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The versions the board's actions make: each change of an idea's title, body or tags is a version
 * linked to the one it came from, made by the person at the keyboard unless a model made it.
 */
final class IdeaLineage {
    private final VersionStore versions;
    private final Supplier<String> author;
    /** The conflicting version each editing session (its draft token) last made; later refusals amend it. */
    private final Map<Object, IdeaVersion> refusals = new WeakHashMap<>();

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

    /**
     * What an optimistic write of an editing session does to the versions, as {@link #draft} does it
     * (written in the same transaction as the idea): the first write adds the session's version (its
     * parent the idea's newest), later ones amend it, and typed back to the start it goes.
     */
    VersionChange draftChange(Idea start, Idea now, IdeaVersion earlier) {
        if (sameText(start, now)) {
            return earlier == null ? VersionChange.none() : VersionChange.remove(earlier.id());
        }
        return earlier == null ? VersionChange.add(new NewVersion(VersionKind.EDITED, now.title(), now.body(),
                now.tags(), author.get(), false, "", null, null)) : VersionChange.amend(earlier.id());
    }

    /**
     * Keeps a text refused because someone else changed the idea: a {@link VersionKind#CONFLICTED}
     * version made by the person at the keyboard, whose parent is theirs (what the idea holds). The later
     * refusals of the same editing session ({@code draft}, null for none) amend it.
     */
    EditResult.Conflict conflicted(Object draft, Idea refused) {
        IdeaVersion theirs = versions.current(refused.id()).orElse(null);
        IdeaVersion earlier = draft == null ? null : refusals.get(draft);
        boolean again = earlier != null && earlier.ideaId() == refused.id() && versions.find(earlier.id()).isPresent();
        IdeaVersion mine = again
                ? versions.amend(earlier.id(), refused.title(), refused.body(), refused.tags())
                : versions.add(refused.id(), new NewVersion(VersionKind.CONFLICTED, refused.title(), refused.body(),
                        refused.tags(), author.get(), false, "", theirs == null ? null : theirs.id(), null));
        if (draft != null) {
            refusals.put(draft, mine);
        }
        return new EditResult.Conflict(theirs == null ? "" : theirs.madeBy(), theirs, mine);
    }

    /** A model's refinement not applied because someone else changed the idea meanwhile: kept beside theirs. */
    EditResult.Conflict refusedRefinement(Idea refused, String madeBy, String instruction) {
        IdeaVersion theirs = versions.current(refused.id()).orElse(null);
        IdeaVersion kept = versions.add(refused.id(), new NewVersion(VersionKind.CONFLICTED, refused.title(),
                refused.body(), refused.tags(), madeBy, true, instruction, theirs == null ? null : theirs.id(), null));
        return new EditResult.Conflict(theirs == null ? "" : theirs.madeBy(), theirs, kept);
    }

    IdeaVersion refined(Idea after, String madeBy, String instruction) {
        return add(after, VersionKind.REFINED, madeBy, true, instruction, head(after), null);
    }

    IdeaVersion restored(Idea after, IdeaVersion from) {
        return add(after, VersionKind.RESTORED, author.get(), false, "", from.id(), null);
    }

    /** The merge on the kept idea; {@code dropId}'s newest version is the one merged in. */
    IdeaVersion merged(Idea after, long dropId) {
        Long from = versions.current(dropId).map(IdeaVersion::id).orElse(null);
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
        return versions.current(idea.id()).map(IdeaVersion::id).orElse(null);
    }

    static boolean sameText(Idea a, Idea b) {
        return a.title().equals(b.title()) && a.body().equals(b.body()) && a.tags().equals(b.tags());
    }
}
