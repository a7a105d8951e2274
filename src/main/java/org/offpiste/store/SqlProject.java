package org.offpiste.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.offpiste.board.CommentStore;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.OriginStore;
import org.offpiste.board.VersionStore;
import org.offpiste.brief.BriefStore;
import org.offpiste.capture.CaptureStore;
import org.offpiste.novelty.BaselineStore;
import org.offpiste.novelty.NoveltyStore;
import org.offpiste.novelty.ThemeStore;
import org.offpiste.ranking.CriteriaStore;
import org.offpiste.ranking.DuelStore;
import org.offpiste.ranking.VoteStore;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.FileModes;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.sparring.ConversationStore;
import org.offpiste.workshop.WorkshopStore;

/** An open project, a file or a team board: its database and the stores working on it. */
final class SqlProject implements Project {
    private final Database db;
    private volatile PostgresFeed feed;
    private final SqlBriefStore briefs;
    private final SqlIdeaStore ideas;
    private final SqlConversationStore conversations;
    private final SqlCaptureStore captures;
    private final SqlNoveltyStore novelty;
    private final SqlBaselineStore baselines;
    private final SqlThemeStore themes;
    private final SqlVersionStore versions;
    private final SqlCommentStore comments;
    private final SqlCriteriaStore criteria;
    private final SqlVoteStore votes;
    private final SqlDuelStore duels;
    private final SqlWorkshopStore workshop;

    SqlProject(Database db, Times times) {
        this.db = db;
        this.briefs = new SqlBriefStore(db, times);
        this.conversations = new SqlConversationStore(db, times);
        this.captures = new SqlCaptureStore(db, times);
        this.novelty = new SqlNoveltyStore(db, times);
        this.baselines = new SqlBaselineStore(db, times);
        this.themes = new SqlThemeStore(db, times);
        this.versions = new SqlVersionStore(db, times);
        this.comments = new SqlCommentStore(db, times);
        this.ideas = new SqlIdeaStore(db, times, versions, comments);
        this.criteria = new SqlCriteriaStore(db, times);
        this.votes = new SqlVoteStore(db, times);
        this.duels = new SqlDuelStore(db, times);
        this.workshop = new SqlWorkshopStore(db, times);
    }

    @Override
    public Path path() {
        return db.path();
    }

    @Override
    public Optional<TeamBoardAddress> teamBoard() {
        return db.teamBoard();
    }

    /** For a team board, also while its feed finds the server gone (until it is back). */
    @Override
    public boolean readOnly() {
        PostgresFeed f = feed;
        return db.readOnly() || (f != null && !f.online());
    }

    /** A team board's feed (made once, listening while subscribed); none for a file. */
    @Override
    public synchronized BoardFeed feed() {
        if (!(db instanceof PostgresDatabase pg)) {
            return BoardFeed.NONE;
        }
        if (feed == null) {
            feed = new PostgresFeed(pg::newConnection, pg.clientId(), PostgresFeed.daemonThreads());
        }
        return feed;
    }

    @Override
    public BriefStore briefs() {
        return briefs;
    }

    @Override
    public IdeaStore ideas() {
        return ideas;
    }

    @Override
    public ConversationStore conversations() {
        return conversations;
    }

    @Override
    public OriginStore origins() {
        return captures;
    }

    @Override
    public CaptureStore captures() {
        return captures;
    }

    @Override
    public NoveltyStore novelty() {
        return novelty;
    }

    @Override
    public BaselineStore baselines() {
        return baselines;
    }

    @Override
    public ThemeStore themes() {
        return themes;
    }

    @Override
    public VersionStore versions() {
        return versions;
    }

    @Override
    public CommentStore comments() {
        return comments;
    }

    @Override
    public CriteriaStore criteria() {
        return criteria;
    }

    @Override
    public VoteStore votes() {
        return votes;
    }

    @Override
    public DuelStore duels() {
        return duels;
    }

    @Override
    public WorkshopStore workshop() {
        return workshop;
    }

    Database database() {
        return db;
    }

    /**
     * Writes the copy to a temporary file beside {@code target}, then moves it over at once: a file
     * through {@code VACUUM INTO}, a team board by copying every row ({@link ProjectCopier}).
     */
    @Override
    public void saveCopyAs(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ProjectException(Problem.MISSING_FOLDER, target, null);
        }
        if (absolute.equals(db.path().toAbsolutePath().normalize())) {
            throw new ProjectException(Problem.ALREADY_EXISTS, target, "a copy cannot replace the open project");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            FileModes.likeTarget(temp, absolute);
        } catch (AccessDeniedException e) {
            throw new ProjectException(Problem.READ_ONLY, target, e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectException(Problem.IO, target, e.getMessage(), e);
        }
        try {
            if (db.dialect() == Dialect.SQLITE) {
                vacuumInto(temp);
            } else {
                exportInto(temp, target);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ProjectException(Problem.IO, target, e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void vacuumInto(Path temp) {
        db.read(c -> {
            try (var ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, temp.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A team board into a new project file: the schema set up in {@code temp} (empty), then every row copied. */
    private void exportInto(Path temp, Path target) {
        try (Database file = Database.create(temp)) {
            ProjectCopier.copy(db, file);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A stray temporary file is harmless; the copy's own outcome is what is reported.
            assert e.getMessage() != null;
        }
    }

    /**
     * Forgets deleted ideas, folds the log back into the file and closes it. A team board keeps its
     * deleted ideas: the others on it may still undo their deletions when one person leaves.
     */
    @Override
    public void close() {
        PostgresFeed f = feed;
        if (f != null) {
            f.close();
        }
        try {
            if (!db.readOnly() && db.teamBoard().isEmpty()) {
                ideas.purgeDeleted();
            }
        } finally {
            db.close();
        }
    }
}
