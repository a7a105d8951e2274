package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.offpiste.board.CommentStore;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.OriginStore;
import org.offpiste.board.VersionStore;
import org.offpiste.brief.BriefStore;
import org.offpiste.capture.CaptureStore;
import org.offpiste.novelty.BaselineStore;
import org.offpiste.novelty.NoveltyStore;
import org.offpiste.novelty.ThemeStore;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.Project;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.offpiste.ranking.CriteriaStore;
import org.offpiste.ranking.DuelStore;
import org.offpiste.ranking.VoteStore;
import org.offpiste.sparring.ConversationStore;
import org.offpiste.workshop.WorkshopStore;

/**
 * A project file dressed as a team board, with a feed the test drives: "another client" writes
 * through the stores, then says so with {@link #othersChanged()}; {@link #serverGone()} and
 * {@link #serverBack()} make the board read-only and writable as a real team board's would be.
 */
final class FakeTeamBoard implements Project, BoardFeed {
    static final TeamBoardAddress ADDRESS = new TeamBoardAddress("boards.example", 5432, "workshop", "ana",
            TlsMode.PREFER);
    private final Project file;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean offline;

    FakeTeamBoard(Project file) {
        this.file = file;
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
        return offline || file.readOnly();
    }

    @Override
    public Path path() {
        return file.path();
    }

    @Override
    public BriefStore briefs() {
        return file.briefs();
    }

    @Override
    public IdeaStore ideas() {
        return file.ideas();
    }

    @Override
    public ConversationStore conversations() {
        return file.conversations();
    }

    @Override
    public OriginStore origins() {
        return file.origins();
    }

    @Override
    public CaptureStore captures() {
        return file.captures();
    }

    @Override
    public NoveltyStore novelty() {
        return file.novelty();
    }

    @Override
    public BaselineStore baselines() {
        return file.baselines();
    }

    @Override
    public ThemeStore themes() {
        return file.themes();
    }

    @Override
    public VersionStore versions() {
        return file.versions();
    }

    @Override
    public CommentStore comments() {
        return file.comments();
    }

    @Override
    public CriteriaStore criteria() {
        return file.criteria();
    }

    @Override
    public VoteStore votes() {
        return file.votes();
    }

    @Override
    public DuelStore duels() {
        return file.duels();
    }

    @Override
    public WorkshopStore workshop() {
        return file.workshop();
    }

    @Override
    public void saveCopyAs(Path target) {
        file.saveCopyAs(target);
    }

    @Override
    public void close() {
        file.close();
    }
}
