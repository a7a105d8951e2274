package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.board.VisualPrompt;
import org.offpiste.capture.Capture;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.ExtractedPrompt;
import org.offpiste.ideation.Generator;
import org.offpiste.project.Project;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;

/** Captures, origins and image prompts in a real project file. */
class CaptureStoreTest {
    @TempDir
    Path dir;
    private Project project;
    private long message;

    @BeforeEach
    void open() {
        project = StoreTesting.files().create(dir.resolve("p.offpiste"));
        long c = project.conversations().createConversation("c").id();
        message = project.conversations().addMessage(c, null, Message.Role.ASSISTANT, "", MessageStatus.COMPLETE,
                null).id();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static IdeaOrigin origin(long message) {
        return new IdeaOrigin(0, 1L, message, "diverge", "scamper", "Eliminate", "ollama", "llama3.2", null, false,
                Instant.parse("2026-11-29T05:00:00Z"));
    }

    @Test
    void anItemBecomesAnIdeaWithTagsSearchAndOriginOnceOnly() {
        ExtractedIdea item = new ExtractedIdea(0, "Silent museum", "Visitors whisper.", "Eliminate");
        NewIdea idea = new NewIdea("Silent museum", "Visitors whisper.", List.of("Eliminate"), IdeaStatus.INBOX,
                "llama3.2 (ollama)");

        Capture first = project.captures().record(message, item, idea, origin(message), null, null);
        Capture again = project.captures().record(message, item, idea, origin(message), null, null);

        assertThat(again).isEqualTo(first);
        assertThat(project.ideas().count()).isEqualTo(1);
        assertThat(project.ideas().query(IdeaQuery.all().withText("whisper"))).extracting(i -> i.id())
                .containsExactly(first.ideaId());
        assertThat(project.ideas().tags()).extracting(t -> t.tag()).containsExactly("Eliminate");
        IdeaOrigin kept = project.origins().origins(List.of(first.ideaId())).get(first.ideaId());
        assertThat(kept).isEqualTo(origin(message).forIdea(first.ideaId()));
        assertThat(project.captures().nextIndex(message)).as("picked by hand: below the streamed items").isEqualTo(-1);
        assertThat(project.captures().captures(List.of(message)).get(message)).containsExactly(first);
    }

    @Test
    void aDuplicateIsRecordedWithoutAnIdea() {
        long existing = project.ideas().add(new NewIdea("Quiz", "", List.of(), IdeaStatus.INBOX, "Ana")).id();

        Capture dup = project.captures().record(message, new ExtractedIdea(2, "Quiz night", "", ""), null, null,
                existing, 0.87);

        assertThat(dup.onBoard()).isFalse();
        assertThat(dup.duplicateOf()).isEqualTo(existing);
        assertThat(dup.similarity()).isEqualTo(0.87);
        assertThat(project.ideas().count()).isEqualTo(1);
        assertThat(project.captures().nextIndex(message)).isEqualTo(-1);
        project.captures().record(message, new ExtractedIdea(-1, "By hand", "", ""), null, null, existing, null);
        assertThat(project.captures().nextIndex(message)).isEqualTo(-2);
        assertThat(project.captures().captures(message)).extracting(Capture::index).containsExactly(2, -1);
    }

    @Test
    void theIdeaItsOriginAndItsCaptureAreOneTransaction() {
        long noMessage = message + 1000; // the capture row's message does not exist: its insert fails
        ExtractedIdea item = new ExtractedIdea(0, "Orphan", "", "");

        assertThatThrownBy(() -> project.captures().record(noMessage, item,
                new NewIdea("Orphan", "", List.of("x"), IdeaStatus.INBOX, "m"), origin(noMessage), null, null))
                .isInstanceOf(RuntimeException.class);

        assertThat(project.ideas().count()).isZero();
        assertThat(project.ideas().tags()).isEmpty();
        assertThat(StoreTesting.scalar(project, "SELECT count(*) FROM idea_origin")).isEqualTo("0");
        assertThat(project.ideas().query(IdeaQuery.all().withText("orphan"))).isEmpty();
    }

    @Test
    void imagePromptsAreKeptOnTheirIdeaOnceEach() {
        long idea = project.ideas().add(new NewIdea("Whale", "", List.of(), IdeaStatus.INBOX, "Ana")).id();
        List<ExtractedPrompt> prompts = List.of(new ExtractedPrompt(0, Generator.MIDJOURNEY, "a whale --ar 4:5", ""),
                new ExtractedPrompt(0, Generator.STABLE_DIFFUSION, "whale, night", "blurry"));

        project.origins().addVisualPrompts(idea, message, prompts);
        List<VisualPrompt> kept = project.origins().addVisualPrompts(idea, message, prompts);

        assertThat(kept).hasSize(2);
        assertThat(kept).extracting(VisualPrompt::generator)
                .containsExactly(Generator.MIDJOURNEY, Generator.STABLE_DIFFUSION);
        assertThat(kept.get(1).negative()).isEqualTo("blurry");
        assertThat(kept.get(0).messageId()).isEqualTo(message);
        assertThat(project.origins().visualPrompts(idea)).isEqualTo(kept);
    }
}
