package org.offpiste.workspace;

import java.nio.file.Path;
import org.offpiste.board.BoardViewModel;
import org.offpiste.brief.BriefViewModel;
import org.offpiste.ideation.TechniquesViewModel;
import org.offpiste.project.Session;
import org.offpiste.ui.TaskExecutor;

/** An open project with the view models of its three panes; they live and die together. */
public record OpenProject(Session session, BriefViewModel brief, TechniquesViewModel techniques,
                          BoardViewModel board) {

    /** Creates the pane view models (on the UI thread). */
    public static OpenProject of(Session session, TaskExecutor executor) {
        boolean readOnly = session.project().readOnly();
        return new OpenProject(session,
                new BriefViewModel(session.brief(), executor, readOnly),
                new TechniquesViewModel(session.brief(), executor),
                new BoardViewModel(session.board(), executor, readOnly));
    }

    public Path path() {
        return session.project().path();
    }

    public boolean readOnly() {
        return session.project().readOnly();
    }

    /** Writes the brief's pending change and stops the view models; the session stays open. */
    public void retire() {
        brief.flush();
        brief.dispose();
        techniques.dispose();
        board.dispose();
    }
}
