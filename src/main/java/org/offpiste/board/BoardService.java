package org.offpiste.board;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Every board action, each undoable. Every change of an idea's title, body or tags is a version of
 * it ({@link IdeaLineage}); undo removes the version an action made, redo puts it back. Thread-safe: each action (read, write, record) is atomic,
 * so concurrent callers cannot interleave. Listeners hear about every change (on the thread
 * that made it, inside the action) so views can re-query; they must only hand off.
 */
public final class BoardService {
    private static final int HISTORY = 200;
    private final IdeaStore store;
    private final VersionStore versions;
    private final IdeaLineage lineage;
    private final Supplier<String> author;
    private final Deque<BoardEdit> undo = new ArrayDeque<>();
    private final Deque<BoardEdit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final OwnWrites own = new OwnWrites();
    private volatile BoardEdit.Kind undoKind;
    private volatile BoardEdit.Kind redoKind;

    /** With the versions kept beside the ideas ({@link IdeaStore#versions()}). */
    public BoardService(IdeaStore store, Supplier<String> author) {
        this(store, store.versions(), author);
    }

    /** @param author the name of the person at the keyboard, who makes edits and writes comments */
    public BoardService(IdeaStore store, VersionStore versions, Supplier<String> author) {
        this.store = store;
        this.versions = versions;
        this.lineage = new IdeaLineage(versions, author);
        this.author = author;
    }

    public IdeaStore store() {
        return store;
    }

    public VersionStore versions() {
        return versions;
    }

    /** The name of the person at the keyboard now. */
    public String author() {
        return author.get();
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public synchronized Idea add(String title, String body, List<String> tags, IdeaStatus status) {
        Idea idea = store.add(new NewIdea(title.strip(), body.strip(), Tags.normalise(tags), status, author.get()));
        record(BoardEdit.added(List.of(idea)));
        return idea;
    }

    /** Adds many ideas as one undoable action (imports, pasted lists). */
    public synchronized List<Idea> addAll(List<NewIdea> ideas) {
        List<Idea> added = store.addAll(ideas);
        record(BoardEdit.added(added));
        return added;
    }

    public synchronized Idea edit(long id, String title, String body, List<String> tags, IdeaStatus status) {
        Idea before = require(id);
        Idea after = wrote(before,
                store.update(before.withContent(title.strip(), body.strip(), Tags.normalise(tags), status)));
        record(BoardEdit.edited(before, after).made(lineage.edited(before, after)));
        return after;
    }

    /**
     * An edit based on {@code base}, the idea as the person last saw it: written, with its version in
     * the same transaction, only if nobody else has changed the idea since (changes made through this
     * service are the person's own and never conflict). Otherwise the other person's text stays current
     * and this text is kept as a {@link VersionKind#CONFLICTED} version: see {@link EditResult}. A change
     * elsewhere of the status alone is no conflict: the text is written, with the other status unless
     * this edit changes it too.
     */
    public synchronized EditResult edit(Idea base, String title, String body, List<String> tags, IdeaStatus status) {
        return write(null, base, title, body, tags, status);
    }

    /**
     * {@link #saveDraft(Object, long, String, String, List, IdeaStatus)} based on {@code base}, as
     * {@link #edit(Idea, String, String, List, IdeaStatus)} is; the refusals of one draft amend one version.
     */
    public synchronized EditResult saveDraft(Object draft, Idea base, String title, String body, List<String> tags,
                                             IdeaStatus status) {
        return write(draft, base, title, body, tags, status);
    }

    private EditResult write(Object draft, Idea base, String title, String body, List<String> tags, IdeaStatus status) {
        long id = base.id();
        for (int attempt = 0; ; attempt++) {
            BoardEdit top = undo.peek();
            boolean continuing = draft != null && top != null && top.isDraft(draft, id);
            Idea current = require(id);
            Idea wanted = current.withContent(title.strip(), body.strip(), Tags.normalise(tags), status);
            if (!own.onlyOwnSince(id, base.updatedAt(), current.updatedAt())) {
                IdeaStatus kept = status == base.status() ? current.status() : status;
                if (IdeaLineage.sameText(current, wanted) || IdeaLineage.sameText(current, base)) {
                    wanted = wanted.withContent(wanted.title(), wanted.body(), wanted.tags(), kept);
                } else {
                    return refuse(draft, current, wanted);
                }
            }
            Idea before = continuing ? top.before() : current;
            VersionChange change = lineage.draftChange(before, wanted, continuing ? top.version() : null);
            Optional<WrittenEdit> written = store.updateIfUnchanged(wanted, current.updatedAt(), change);
            if (written.isEmpty()) {
                if (attempt < 2) {
                    continue; // someone wrote between the read and the write: judged again on what they wrote
                }
                return refuse(draft, require(id), wanted);
            }
            Idea after = wrote(current, written.get().idea());
            if (continuing) {
                undo.pop();
            }
            if (sameContent(before, after)) {
                fire();
            } else {
                record(BoardEdit.edited(before, after, draft).made(written.get().version()));
            }
            return EditResult.written(after);
        }
    }

    /** The idea as it is now if someone else (not this service) has changed it since {@code base}; else empty. */
    public synchronized Optional<Idea> changedElsewhereSince(Idea base) {
        return store.find(base.id()).filter(now -> !own.onlyOwnSince(now.id(), base.updatedAt(), now.updatedAt()));
    }

    private EditResult refuse(Object draft, Idea current, Idea refused) {
        EditResult result = new EditResult(current, lineage.conflicted(draft, refused));
        fire();
        return result;
    }

    /** Notes that this service moved the idea from {@code before} to {@code after}; returns {@code after}. */
    private Idea wrote(Idea before, Idea after) {
        own.wrote(after.id(), before.updatedAt(), after.updatedAt());
        return after;
    }

    /**
     * Writes what a detail editor holds while the person types. The first write of a draft is one
     * undoable edit; later writes of the same {@code draft} amend it, so one editing session is
     * one step of undo and one version (and a draft typed back to where it started leaves neither).
     */
    public synchronized Idea saveDraft(Object draft, long id, String title, String body, List<String> tags,
                                       IdeaStatus status) {
        BoardEdit top = undo.peek();
        boolean continuing = top != null && top.isDraft(draft, id);
        Idea current = require(id);
        Idea before = continuing ? top.before() : current;
        Idea after = wrote(current,
                store.update(current.withContent(title.strip(), body.strip(), Tags.normalise(tags), status)));
        IdeaVersion version = lineage.draft(before, after, continuing ? top.version() : null);
        if (continuing) {
            undo.pop();
        }
        if (sameContent(before, after)) {
            fire();
        } else {
            record(BoardEdit.edited(before, after, draft).made(version));
        }
        return after;
    }

    private static boolean sameContent(Idea a, Idea b) {
        return a.title().equals(b.title()) && a.body().equals(b.body()) && a.tags().equals(b.tags())
                && a.status() == b.status();
    }

    public synchronized Idea setStatus(long id, IdeaStatus status) {
        Idea i = require(id);
        return edit(id, i.title(), i.body(), i.tags(), status);
    }

    /**
     * Sets the status of several ideas as one undoable action (promoting chosen ideas to the
     * Shortlist). Ideas already in that status, and missing ids, are left alone; when none changes,
     * nothing is recorded. Like {@link #setStatus}, it makes no version. Returns the ideas changed.
     */
    public synchronized List<Idea> setStatusAll(List<Long> ids, IdeaStatus status) {
        List<Idea> before = store.findAll(ids).stream().filter(i -> i.status() != status).distinct().toList();
        List<Idea> after = new java.util.ArrayList<>();
        try {
            for (Idea i : before) {
                after.add(wrote(i, store.update(i.withContent(i.title(), i.body(), i.tags(), status))));
            }
        } finally {
            if (!after.isEmpty()) {
                record(BoardEdit.editedAll(before.subList(0, after.size()), after));
            }
        }
        return List.copyOf(after);
    }

    public synchronized void delete(long id) {
        Idea before = require(id);
        store.delete(id);
        record(BoardEdit.deleted(before));
    }

    /**
     * Makes two ideas one, as one undoable action: {@code keepId} keeps its title and status, gains
     * the union of both tags, and its body gains the dropped idea under a line
     * "{@code mergedFrom}: title"; {@code dropId} is deleted and merged into it, so that the kept
     * idea's history shows both ideas' versions and comments (a {@link VersionKind#MERGED} version
     * links the two). Undo brings both back as they were.
     */
    public synchronized Idea merge(long keepId, long dropId, String mergedFrom) {
        if (keepId == dropId) {
            throw new IllegalArgumentException("An idea cannot be merged with itself: " + keepId);
        }
        Idea kept = require(keepId);
        Idea dropped = require(dropId);
        List<String> tags = new java.util.ArrayList<>(kept.tags());
        dropped.tags().stream().filter(t -> tags.stream().noneMatch(t::equalsIgnoreCase)).forEach(tags::add);
        StringBuilder body = new StringBuilder(kept.body().strip());
        if (body.length() > 0) {
            body.append("\n\n");
        }
        body.append(mergedFrom).append(": ").append(dropped.title().strip());
        if (!dropped.body().isBlank()) {
            body.append('\n').append(dropped.body().strip());
        }
        Idea merged = wrote(kept,
                store.update(kept.withContent(kept.title(), body.toString(), Tags.normalise(tags), kept.status())));
        IdeaVersion version = lineage.merged(merged, dropId);
        store.delete(dropId);
        versions.setMergedInto(dropId, keepId);
        record(BoardEdit.merged(kept, dropped, merged).made(version));
        return merged;
    }

    /** {@link #merge(long, long, String)} with the English line "Merged from". */
    public Idea merge(long keepId, long dropId) {
        return merge(keepId, dropId, "Merged from");
    }

    /**
     * Replaces an idea's title and body with a model's refinement, as one undoable action recorded as
     * a new version ({@link VersionKind#REFINED}) made by {@code madeBy} ("provider · model") on
     * {@code instruction}; its parent is the idea's newest version. Tags and status stay.
     */
    public synchronized Idea refine(long id, String title, String body, String madeBy, String instruction) {
        Idea before = require(id);
        Idea after = wrote(before,
                store.update(before.withContent(title.strip(), body.strip(), before.tags(), before.status())));
        record(BoardEdit.edited(before, after).made(lineage.refined(after, madeBy, instruction)));
        return after;
    }

    /**
     * {@link #refine(long, String, String, String, String)} of the text the model was given,
     * {@code base}: when someone else has changed the idea's text since, the refinement is not applied
     * but kept as a {@link VersionKind#CONFLICTED} version made by the model (their text stays).
     */
    public synchronized EditResult refine(Idea base, String title, String body, String madeBy, String instruction) {
        Idea current = require(base.id());
        Idea wanted = current.withContent(title.strip(), body.strip(), current.tags(), current.status());
        if (own.onlyOwnSince(base.id(), base.updatedAt(), current.updatedAt()) || IdeaLineage.sameText(current, base)) {
            Optional<WrittenEdit> written = store.updateIfUnchanged(wanted, current.updatedAt(), VersionChange.add(
                    new NewVersion(VersionKind.REFINED, "", "", List.of(), madeBy, true, instruction, null, null)));
            if (written.isPresent()) {
                Idea after = wrote(current, written.get().idea());
                record(BoardEdit.edited(current, after).made(written.get().version()));
                return EditResult.written(after);
            }
            current = require(base.id());
        }
        EditResult.Conflict conflict = lineage.refusedRefinement(wanted, madeBy, instruction);
        fire();
        return new EditResult(current, conflict);
    }

    /**
     * Brings back an earlier version's title, body and tags, as a new version
     * ({@link VersionKind#RESTORED}) whose parent is the one restored. A version of an idea merged
     * into another is restored onto the idea it went into. Returns the idea restored.
     */
    public synchronized Idea restore(long versionId) {
        IdeaVersion from = requireVersion(versionId);
        Idea before = require(versions.keeper(from.ideaId()));
        Idea after = wrote(before,
                store.update(before.withContent(from.title(), from.body(), from.tags(), before.status())));
        record(BoardEdit.edited(before, after).made(lineage.restored(after, from)));
        return after;
    }

    /**
     * Makes a new idea (in the Inbox) of a version's title, body and tags; its first version
     * ({@link VersionKind#FORKED}) has the version forked as its parent. Undone like an added idea.
     */
    public synchronized Idea fork(long versionId) {
        IdeaVersion from = requireVersion(versionId);
        Idea idea = store.add(new NewIdea(from.title(), from.body(), from.tags(), IdeaStatus.INBOX, author.get()));
        record(BoardEdit.added(List.of(idea)).made(lineage.forked(idea, from)));
        return idea;
    }

    /** Tells the listeners that ideas changed through another service (ideas captured from an answer). */
    public void changedElsewhere() {
        listeners.forEach(Runnable::run);
    }

    // Read without the lock (from the UI thread, which must never wait for a write in progress).

    public boolean canUndo() {
        return undoKind != null;
    }

    public boolean canRedo() {
        return redoKind != null;
    }

    /** What Undo would undo, for the menu ("Undo delete"). */
    public Optional<BoardEdit.Kind> undoKind() {
        return Optional.ofNullable(undoKind);
    }

    public Optional<BoardEdit.Kind> redoKind() {
        return Optional.ofNullable(redoKind);
    }

    /** Reverts the last action. If the store refuses (a full disk), the action stays undoable. */
    public synchronized void undo() {
        BoardEdit e = undo.peek();
        if (e == null) {
            return;
        }
        List<Idea> was = store.findAll(e.ideaIds());
        own.requireOnlyOwnSince(e.undoneOver(), was);
        try {
            e.revert(store, versions);
        } finally {
            own.wroteAll(was, store.findAll(e.ideaIds()));
        }
        redo.push(undo.pop());
        fire();
    }

    /** Re-applies the last undone action. If the store refuses, it stays redoable. */
    public synchronized void redo() {
        BoardEdit e = redo.peek();
        if (e == null) {
            return;
        }
        List<Idea> was = store.findAll(e.ideaIds());
        own.requireOnlyOwnSince(e.redoneOver(), was);
        try {
            e.apply(store, versions);
        } finally {
            own.wroteAll(was, store.findAll(e.ideaIds()));
        }
        undo.push(redo.pop());
        fire();
    }

    private Idea require(long id) {
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("No idea with id " + id));
    }

    private IdeaVersion requireVersion(long versionId) {
        return versions.find(versionId).orElseThrow(() -> new IllegalArgumentException("No version with id " + versionId));
    }

    private void record(BoardEdit edit) {
        undo.push(edit);
        redo.clear();
        while (undo.size() > HISTORY) {
            undo.removeLast();
        }
        fire();
    }

    private void fire() {
        undoKind = undo.isEmpty() ? null : undo.peek().kind();
        redoKind = redo.isEmpty() ? null : redo.peek().kind();
        listeners.forEach(Runnable::run);
    }
}
