package org.offpiste.store;

import java.time.Clock;
import org.offpiste.project.Project;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoards;

/** Team boards on PostgreSQL: the same stores and migrations as a project file, on a server. */
public final class PostgresTeamBoards implements TeamBoards {
    private final Times times;

    public PostgresTeamBoards() {
        this(Clock.systemUTC());
    }

    PostgresTeamBoards(Clock clock) {
        this.times = new Times(clock);
    }

    @Override
    public Project connect(TeamBoardAddress address, char[] password) {
        throw new UnsupportedOperationException("stream pgcore");
    }

    @Override
    public Project publish(Project source, TeamBoardAddress address, char[] password) {
        return TeamBoardPublisher.publish(source, address, () -> connect(address, password));
    }
}
