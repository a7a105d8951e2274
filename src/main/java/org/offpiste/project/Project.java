package org.offpiste.project;

import java.nio.file.Path;
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
import org.offpiste.sparring.ConversationStore;
import org.offpiste.workshop.WorkshopStore;

/**
 * An open project. While it is open this process is the only writer of the file; after
 * {@link #close()} the project is one self-contained file with nothing beside it.
 */
public interface Project extends AutoCloseable {

    /** The file; for a team board, {@link TeamBoardAddress#asPath()} (not a file). */
    Path path();

    /** Where the board lives when it is a team board on a server; empty for a file on this machine. */
    default Optional<TeamBoardAddress> teamBoard() {
        return Optional.empty();
    }

    /** True when the file could only be opened for reading (a read-only file or folder). */
    boolean readOnly();

    BriefStore briefs();

    IdeaStore ideas();

    /** The conversations with a model and the provider the project last used. */
    ConversationStore conversations();

    /** Provenance of model ideas and the image prompts kept on ideas. */
    OriginStore origins();

    /** Ideas recognised in answers. */
    CaptureStore captures();

    /** Embeddings and novelty figures. */
    NoveltyStore novelty();

    BaselineStore baselines();

    ThemeStore themes();

    /** Versions of ideas (lineage). */
    VersionStore versions();

    CommentStore comments();

    /** Criteria and each rater's scores. */
    CriteriaStore criteria();

    /** Dot-vote rounds. */
    VoteStore votes();

    DuelStore duels();

    /** The workshop running on this board (facilitator mode). */
    WorkshopStore workshop();

    /** Changes made by others and the server's comings and goings; a file on this machine has none. */
    default BoardFeed feed() {
        return BoardFeed.NONE;
    }

    /**
     * Writes a consistent, self-contained copy of the project to {@code target}, a new project
     * file; for a team board, this exports the board to a {@code .offpiste} file without loss.
     */
    void saveCopyAs(Path target);

    @Override
    void close();
}
