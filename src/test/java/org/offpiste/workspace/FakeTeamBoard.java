package org.offpiste.workspace;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.Project;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;

/**
 * A project file dressed as a team board, with a feed the test drives: "another client" writes
 * through the stores, then says so with {@link #othersChanged()}; {@link #serverGone()} and
 * {@link #serverBack()} make the board read-only and writable as a real team board's would be.
 */
final class FakeTeamBoard extends ForwardingProject implements BoardFeed {
    static final TeamBoardAddress ADDRESS = new TeamBoardAddress("boards.example", 5432, "workshop", "ana",
            TlsMode.PREFER);
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean offline;

    FakeTeamBoard(Project file) {
        super(file);
    }

    void othersChanged() {
        listeners.forEach(Listener::changed);
    }

    void serverGone() {
        offline = true;
        listeners.forEach(l -> l.connection(false));
    }

    void serverBack() {
        offline = false;
        listeners.forEach(l -> l.connection(true));
        listeners.forEach(Listener::changed);
    }

    int subscribers() {
        return listeners.size();
    }

    @Override
    public Subscription subscribe(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public BoardFeed feed() {
        return this;
    }

    @Override
    public Optional<TeamBoardAddress> teamBoard() {
        return Optional.of(ADDRESS);
    }

    @Override
    public boolean readOnly() {
        return offline || super.readOnly();
    }
}
