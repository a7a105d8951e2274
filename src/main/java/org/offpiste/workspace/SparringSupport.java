package org.offpiste.workspace;

import java.util.function.Function;
import org.offpiste.models.ModelSetup;
import org.offpiste.project.Session;
import org.offpiste.sparring.Sparring;
import org.offpiste.ui.FrameScheduler;

/**
 * What the window needs for sparring: a project's sparring service (null when a session has
 * none), the frame-synced hand-off for streamed text, and the model settings' services (null
 * when the window runs without them: the pane then offers the techniques only).
 */
public record SparringSupport(Function<Session, Sparring> sparring, FrameScheduler frames, ModelSetup models) {

    /** No sparring: the centre pane shows the techniques as facilitation cards. */
    public static SparringSupport none() {
        return new SparringSupport(s -> null, onFrame -> onFrame::run, null);
    }
}
