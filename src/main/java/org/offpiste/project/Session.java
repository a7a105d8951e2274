package org.offpiste.project;

import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;

/** An open project with the services that work on it; the window and the command line share it. */
public final class Session implements AutoCloseable {
    private final Project project;
    private final BriefService brief;
    private final BoardService board;

    public Session(Project project, BriefService brief, BoardService board) {
        this.project = project;
        this.brief = brief;
        this.board = board;
    }

    public Project project() {
        return project;
    }

    public BriefService brief() {
        return brief;
    }

    public BoardService board() {
        return board;
    }

    @Override
    public void close() {
        project.close();
    }
}
