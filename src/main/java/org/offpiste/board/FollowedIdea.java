package org.offpiste.board;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.offpiste.ui.TaskExecutor;

/**
 * What the editor's sections on one idea share (its versions, its comments): the idea, whether
 * the project is read-only, the problem shown, and reading again whenever the board changes,
 * until the editor closes.
 */
final class FollowedIdea {
    private static final Logger LOG = Logger.getLogger(FollowedIdea.class.getName());
    private final long ideaId;
    private final BoardService service;
    private final TaskExecutor executor;
    private final boolean readOnly;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private Runnable changed = () -> { };
    private boolean disposed;

    FollowedIdea(long ideaId, BoardService service, TaskExecutor executor, boolean readOnly) {
        this.ideaId = ideaId;
        this.service = service;
        this.executor = executor;
        this.readOnly = readOnly;
    }

    /** Runs {@code load} now, then on the UI thread whenever the board changes, until {@link #dispose()}. */
    void follow(Runnable load) {
        changed = () -> executor.onUi(load);
        service.addChangeListener(changed);
        load.run();
    }

    /** Reads in the background, unless the editor has closed; a failure is logged and shown as {@code problemKey}. */
    <T> void read(Callable<T> work, Consumer<T> done, String what, String problemKey) {
        if (!disposed) {
            executor.run(work, done, error -> failed(what, error, problemKey));
        }
    }

    void failed(String what, Throwable error, String problemKey) {
        LOG.log(Level.WARNING, what, error);
        problem.set(problemKey);
    }

    void clearProblem() {
        problem.set(null);
    }

    /** The message key of what went wrong; null when all is well. */
    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    long id() {
        return ideaId;
    }

    /** True for something of another idea, merged into this one. */
    boolean isMergedIn(long otherIdeaId) {
        return otherIdeaId != ideaId;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    /** Stops following the board (the editor closed). */
    void dispose() {
        disposed = true;
        service.removeChangeListener(changed);
    }
}
