package org.offpiste.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.offpiste.app.AppContext;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoardUrl;
import org.offpiste.teamboard.TeamPasswords;

/**
 * Team boards for commands: a board URL given where a project FILE goes, and the password, from
 * {@value TeamPasswords#VARIABLE} first, then this computer's keyring (else none: a server that
 * trusts the user needs none, and one that does not says so).
 */
final class TeamBoardAccess {
    private TeamBoardAccess() {
    }

    /** The board named by {@code file} when it is written as a board URL ({@code postgresql://…}). */
    static Optional<TeamBoardAddress> address(Path file) {
        String text = file.toString();
        if (!TeamBoardUrl.looksLikeOne(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TeamBoardUrl.parse(text));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("cli.board.badAddress", e.getMessage());
        }
    }

    static char[] password(AppContext context, TeamBoardAddress address) {
        TeamPasswords passwords = context.teamPasswords();
        return passwords.fromEnvironment().or(() -> passwords.fromKeyring(address)).orElse(new char[0]);
    }
}
