package org.offpiste.workspace;

import java.util.function.Function;
import java.util.function.Supplier;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.models.ModelSetup;
import org.offpiste.project.Session;
import org.offpiste.sparring.Sparring;
import org.offpiste.ui.FrameScheduler;
import org.offpiste.ui.TaskExecutor;

/**
 * What the window needs for sparring: a project's sparring service (null when a session has
 * none), the frame-synced hand-off for streamed text, the model settings' services (null
 * when the window runs without them: the pane then offers the techniques only), and the
 * executor for network and keyring work (model lists, connection tests, the search for a
 * provider, keys), so that it never waits in line with the store work, nor Stop behind it.
 *
 * @param network null to run that work on the window's executor
 * @param techniques the techniques library shared by the panes (built-in and the person's own)
 */
public record SparringSupport(Function<Session, Sparring> sparring, FrameScheduler frames, ModelSetup models,
                              TaskExecutor network, Supplier<TechniqueLibrary> techniques) {

    /** With the built-in techniques alone (a fresh library per project). */
    public SparringSupport(Function<Session, Sparring> sparring, FrameScheduler frames, ModelSetup models,
                           TaskExecutor network) {
        this(sparring, frames, models, network, TechniqueLibrary::builtIn);
    }

    /** With network work on the window's executor. */
    public SparringSupport(Function<Session, Sparring> sparring, FrameScheduler frames, ModelSetup models) {
        this(sparring, frames, models, null);
    }

    /** No sparring: the centre pane shows the techniques as facilitation cards. */
    public static SparringSupport none() {
        return new SparringSupport(s -> null, onFrame -> onFrame::run, null);
    }

    /** The executor for network and keyring work: its own when given, else {@code window}. */
    TaskExecutor networkOr(TaskExecutor window) {
        return network != null ? network : window;
    }
}
