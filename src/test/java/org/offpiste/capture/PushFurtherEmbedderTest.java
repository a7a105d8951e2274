package org.offpiste.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.novelty.Embedder;
import org.offpiste.novelty.MiniLmEmbedder;
import org.offpiste.novelty.NoveltyService;
import org.offpiste.project.Project;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.store.SqliteProjectFiles;

/**
 * "Push further" with the real novelty meter and embedding model: a paraphrase of an idea on the
 * board is left out as its duplicate, a new idea is added. Skipped where the model cannot run.
 */
class PushFurtherEmbedderTest {
    @TempDir
    Path dir;
    private final ExecutorService measuring = Executors.newSingleThreadExecutor();
    private Project project;
    private BoardService board;
    private NoveltyService novelty;

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("p.offpiste"));
        board = new BoardService(project.ideas(), () -> "Ana");
        Optional<Embedder> model = MiniLmEmbedder.load();
        novelty = new NoveltyService(project.novelty(), project.baselines(), () -> model, measuring,
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        novelty.close();
        measuring.shutdownNow();
        project.close();
    }

    @Test
    void aParaphraseOfABoardIdeaIsADuplicateButANewIdeaIsAdded() throws Exception {
        Idea quiz = board.add("Pub quiz among the dinosaur skeletons", "A quiz night in the fossil hall.", List.of(),
                IdeaStatus.INBOX);
        novelty.changed();
        novelty.awaitMeasured(Duration.ofSeconds(60));
        assumeTrue(novelty.available(), "the embedding model cannot run here");
        long conversation = project.conversations().createConversation("c").id();
        Message q = project.conversations().addMessage(conversation, null, Message.Role.USER, "go",
                MessageStatus.COMPLETE, null);
        long answer = project.conversations().addMessage(conversation, q.id(), Message.Role.ASSISTANT, "",
                MessageStatus.STREAMING, null).id();
        List<Capture> heard = new ArrayList<>();

        TestCaptures.service(project, board, novelty).follow(new AnswerContext(conversation, answer, "diverge", null,
                "", "ollama", "llama3.2", null, List.of(), true), heard::add).ended(
                "1. **Quiz night among the dinosaur skeletons** — A pub quiz in the fossil hall.\n"
                        + "2. **Seed library in the greenhouse** — Swap seeds with the botanists on Sundays.\n", true);

        assertThat(heard).hasSize(2);
        assertThat(heard.get(0).onBoard()).isFalse();
        assertThat(heard.get(0).duplicateOf()).isEqualTo(quiz.id());
        assertThat(heard.get(0).similarity()).isGreaterThanOrEqualTo(novelty.duplicateThreshold());
        assertThat(heard.get(1).onBoard()).isTrue();
        assertThat(board.store().count()).isEqualTo(2);
    }
}
