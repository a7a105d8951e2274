package org.offpiste.project;

import java.nio.file.Path;
import org.offpiste.board.IdeaStore;
import org.offpiste.brief.BriefStore;
import org.offpiste.sparring.ConversationStore;

/**
 * An open project. While it is open this process is the only writer of the file; after
 * {@link #close()} the project is one self-contained file with nothing beside it.
 */
public interface Project extends AutoCloseable {

    Path path();

    /** True when the file could only be opened for reading (a read-only file or folder). */
    boolean readOnly();

    BriefStore briefs();

    IdeaStore ideas();

    /** The conversations with a model and the provider the project last used. */
    ConversationStore conversations();

    /** Writes a consistent, self-contained copy of the project to {@code target}. */
    void saveCopyAs(Path target);

    @Override
    void close();
}
