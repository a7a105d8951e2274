package org.offpiste.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.TeamBoardAddress;

/** Publishing a project to a team board: the board must be empty; everything is copied in one transaction. */
final class TeamBoardPublisher {
    private TeamBoardPublisher() {
    }

    /**
     * Connects to the board through {@code connect}, copies {@code source} into it and returns it,
     * open; on any failure the board is closed and left as it was.
     */
    static Project publish(Project source, TeamBoardAddress address, Supplier<Project> connect) {
        if (!(source instanceof SqlProject from)) {
            throw new IllegalArgumentException("not a project of this store: " + source.path());
        }
        Project board = connect.get();
        try {
            Database target = ((SqlProject) board).database();
            ProjectCopier.copy(from.database(), target, to -> refuseFilled(to, target.dialect(), address));
            return board;
        } catch (RuntimeException e) {
            board.close();
            throw e;
        }
    }

    /** A board with ideas, a brief or conversations is somebody's work: it is never overwritten. */
    static Void refuseFilled(Connection c, Dialect dialect, TeamBoardAddress address) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (dialect == Dialect.POSTGRES) {
                // A second publisher waits here, then finds the board filled.
                s.execute("LOCK TABLE idea, brief_version, conversation IN SHARE ROW EXCLUSIVE MODE");
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM idea) + (SELECT COUNT(*) FROM brief_version)"
                    + " + (SELECT COUNT(*) FROM conversation)")) {
                if (rs.next() && rs.getLong(1) > 0) {
                    throw new ProjectException(Problem.ALREADY_EXISTS, address.asPath(), "the team board is not empty");
                }
            }
        }
        return null;
    }
}
