package org.offpiste.cli;

import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoardUrl;
import picocli.CommandLine.Option;

/** {@code --host --port --database --user --tls}: where a team board lives (never its password). */
final class TeamBoardOptions {
    @Option(names = "--host", required = true, paramLabel = "HOST", descriptionKey = "boardHost")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "boardPort")
    private int port = TeamBoardAddress.DEFAULT_PORT;

    @Option(names = "--database", required = true, paramLabel = "NAME", descriptionKey = "boardDatabase")
    private String database;

    @Option(names = "--user", required = true, paramLabel = "USER", descriptionKey = "boardUser")
    private String user;

    @Option(names = "--tls", paramLabel = "MODE", descriptionKey = "boardTls")
    private String tls = "prefer";

    /** The address; a usage error says what is wrong with it. */
    TeamBoardAddress address() {
        try {
            return new TeamBoardAddress(host, port, database, user, TeamBoardUrl.mode(tls));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("cli.board.badAddress", e.getMessage());
        }
    }
}
