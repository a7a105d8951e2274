package org.offpiste.teamboard;

import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;

/** Opens team boards with their services; the composition root supplies it. Throws ProjectException. */
public interface TeamBoardSessions {

    Session connect(TeamBoardAddress address, char[] password);

    /** Copies {@code source} onto the empty board at {@code address} and opens the board. */
    Session publish(Project source, TeamBoardAddress address, char[] password);
}
