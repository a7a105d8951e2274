package org.offpiste.store;

import java.time.Clock;
import java.util.Properties;
import org.offpiste.project.Project;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoards;

/** Team boards on PostgreSQL: the same stores and migrations as a project file, on a server. */
public final class PostgresTeamBoards implements TeamBoards {
    private final Times times;
    private final Properties extra;

    public PostgresTeamBoards() {
        this(Clock.systemUTC());
    }

    PostgresTeamBoards(Clock clock) {
        this(clock, new Properties());
    }

    /** {@code extra}: further driver properties for every connection (tests: {@code currentSchema}). */
    PostgresTeamBoards(Clock clock, Properties extra) {
        this.times = new Times(clock);
        this.extra = new Properties();
        this.extra.putAll(extra);
    }

    @Override
    public Project connect(TeamBoardAddress address, char[] password) {
        return new SqlProject(PostgresDatabase.connect(address, password, extra), times);
    }

    @Override
    public Project publish(Project source, TeamBoardAddress address, char[] password) {
        return TeamBoardPublisher.publish(source, address, () -> connect(address, password));
    }
}
