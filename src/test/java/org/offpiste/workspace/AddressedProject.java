package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.Optional;
import org.offpiste.project.Project;
import org.offpiste.project.TeamBoardAddress;

/** A project file standing in for a team board: it answers with the board's address (window tests without a server). */
final class AddressedProject extends ForwardingProject {
    private final TeamBoardAddress address;

    AddressedProject(Project file, TeamBoardAddress address) {
        super(file);
        this.address = address;
    }

    @Override
    public Path path() {
        return address.asPath();
    }

    @Override
    public Optional<TeamBoardAddress> teamBoard() {
        return Optional.of(address);
    }
}
