package org.offpiste.board;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.project.Project;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.DirectTaskExecutor;

/** A real project file with the board's services over it, run at once on the caller's thread (view-model tests). */
final class LineageFixture implements AutoCloseable {
    final Project project;
    final BoardService service;
    final DirectTaskExecutor executor = new DirectTaskExecutor();
    final BoardViewModel board;

    LineageFixture(Path file, boolean readOnly) {
        project = new SqliteProjectFiles().create(file);
        service = new BoardService(project.ideas(), project.versions(), () -> "Camille");
        board = new BoardViewModel(service, executor, readOnly);
    }

    /** An idea a model made (captured from an answer), as the capture records it. */
    long modelIdea(String title) {
        long c = project.conversations().createConversation("c").id();
        long m = project.conversations().addMessage(c, null, Message.Role.ASSISTANT, "", MessageStatus.COMPLETE,
                null).id();
        IdeaOrigin origin = new IdeaOrigin(0, c, m, "diverge", "scamper", "", "ollama", "llama3.2", null, false,
                Instant.parse("2026-11-29T05:00:00Z"));
        return project.captures().record(m, new ExtractedIdea(0, title, "", ""), new NewIdea(title, "", List.of(),
                IdeaStatus.INBOX, "llama3.2 (ollama)"), origin, null, null).ideaId();
    }

    @Override
    public void close() {
        board.dispose();
        project.close();
    }
}
