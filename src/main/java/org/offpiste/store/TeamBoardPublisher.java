package org.offpiste.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.TeamBoardAddress;

/** Publishing a project to a team board: the board must be empty (every table); everything is copied in one transaction. */
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

    /** Rows a board gets by being opened and looked at (a remembered provider, the default criteria): not work. */
    static final Set<String> INCIDENTAL = Set.of("project_setting", "criterion");

    /**
     * A board with ideas, a brief or conversations, but also a prepared workshop agenda, themes or vote
     * rounds, is somebody's work: it is never overwritten (the copy empties every table).
     */
    static Void refuseFilled(Connection c, Dialect dialect, TeamBoardAddress address) throws SQLException {
        List<String> all = CopyPlan.TABLES.stream().map(CopyPlan.Table::name).toList();
        List<String> tables = all.stream().filter(t -> !INCIDENTAL.contains(t)).toList();
        try (Statement s = c.createStatement()) {
            if (dialect == Dialect.POSTGRES) {
                // A second publisher, or anyone writing meanwhile, waits here; the publisher then finds the board filled.
                s.execute("LOCK TABLE " + String.join(", ", all) + " IN SHARE ROW EXCLUSIVE MODE");
            }
            String any = tables.stream().map(t -> "EXISTS (SELECT 1 FROM " + t + ")").collect(Collectors.joining(" OR "));
            try (ResultSet rs = s.executeQuery("SELECT CASE WHEN " + any + " THEN 1 ELSE 0 END")) {
                if (rs.next() && rs.getInt(1) == 1) {
                    throw new ProjectException(Problem.ALREADY_EXISTS, address.asPath(), "the team board is not empty");
                }
            }
        }
        return null;
    }
}
