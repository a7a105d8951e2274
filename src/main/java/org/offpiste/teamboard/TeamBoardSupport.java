package org.offpiste.teamboard;

import java.util.Map;
import org.offpiste.llm.KeyringBackend;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;

/** What the window needs for team boards: opening them, and their passwords. */
public record TeamBoardSupport(TeamBoardSessions sessions, TeamPasswords passwords) {

    /** No team boards (a window in a test that does not use them): every connection is refused. */
    public static TeamBoardSupport none() {
        return new TeamBoardSupport(new Refused(), new TeamPasswords(Map.of(), TeamBoardSupport::noKeyring));
    }

    private static KeyringBackend noKeyring() {
        throw new IllegalStateException("no keyring");
    }

    private static final class Refused implements TeamBoardSessions {
        @Override
        public Session connect(TeamBoardAddress address, char[] password) {
            throw new ProjectException(Problem.UNREACHABLE, address.asPath(), "no team boards here");
        }

        @Override
        public Session publish(Project source, TeamBoardAddress address, char[] password) {
            throw new ProjectException(Problem.UNREACHABLE, address.asPath(), "no team boards here");
        }
    }
}
