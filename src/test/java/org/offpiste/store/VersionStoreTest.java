package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.NewIdea;
import org.offpiste.board.NewVersion;
import org.offpiste.board.VersionKind;
import org.offpiste.board.VersionStore;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.NewVoteRound;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;

/** Versions and comments of ideas in a real project file. */
class VersionStoreTest {
    @TempDir
    Path dir;
    private Project project;
    private VersionStore versions;

    @BeforeEach
    void open() {
        project = StoreTesting.files(new StepClock()).create(dir.resolve("p.offpiste"));
        versions = project.versions();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Idea idea(String title, String... tags) {
        return project.ideas().add(new NewIdea(title, title + " body", List.of(tags), IdeaStatus.INBOX, "Ana"));
    }

    private static NewVersion edited(String title, Long parent) {
        return new NewVersion(VersionKind.EDITED, title, "b", List.of("snow", "night"), "Ben", false, null, parent,
                null);
    }

    @Test
    void addingIdeasRecordsTheirCreatedVersionMadeByTheirAuthor() {
        List<Idea> added = project.ideas().addAll(List.of(new NewIdea("Moon race", "Under the moon",
                List.of("night", "Event"), IdeaStatus.INBOX, "Ana"), new NewIdea("Lanterns", "", List.of(),
                IdeaStatus.INBOX, "Ben")));

        IdeaVersion first = versions.head(added.get(0).id()).orElseThrow();
        assertThat(first.kind()).isEqualTo(VersionKind.CREATED);
        assertThat(first.title()).isEqualTo("Moon race");
        assertThat(first.body()).isEqualTo("Under the moon");
        assertThat(first.tags()).containsExactly("Event", "night");
        assertThat(first.madeBy()).isEqualTo("Ana");
        assertThat(first.byModel()).isFalse();
        assertThat(first.parentId()).isNull();
        assertThat(first.createdAt()).isEqualTo(added.get(0).createdAt());
        assertThat(versions.history(added.get(1).id())).extracting(IdeaVersion::madeBy).containsExactly("Ben");
    }

    @Test
    void anIdeaCapturedFromAModelAnswerIsMadeByTheModel() {
        long c = project.conversations().createConversation("c").id();
        long m = project.conversations().addMessage(c, null, Message.Role.ASSISTANT, "", MessageStatus.COMPLETE,
                null).id();
        NewIdea idea = new NewIdea("Silent museum", "Whisper", List.of(), IdeaStatus.INBOX, "llama3.2 (ollama)");
        IdeaOrigin origin = new IdeaOrigin(0, c, m, "diverge", "scamper", "", "ollama", "llama3.2", null, false,
                Instant.parse("2026-11-29T05:00:00Z"));
        IdeaOrigin byHand = new IdeaOrigin(0, c, m, "diverge", "scamper", "", "ollama", "llama3.2", null, true,
                Instant.parse("2026-11-29T05:00:00Z"));

        long model = project.captures().record(m, new ExtractedIdea(0, "Silent museum", "Whisper", ""), idea, origin,
                null, null).ideaId();
        long hand = project.captures().record(m, new ExtractedIdea(-1, "Picked", "", ""), new NewIdea("Picked", "",
                List.of(), IdeaStatus.INBOX, "Ana"), byHand, null, null).ideaId();

        IdeaVersion v = versions.head(model).orElseThrow();
        assertThat(v.madeBy()).isEqualTo("ollama · llama3.2");
        assertThat(v.byModel()).isTrue();
        IdeaVersion h = versions.head(hand).orElseThrow();
        assertThat(h.madeBy()).isEqualTo("Ana");
        assertThat(h.byModel()).isFalse();

        assertThat(versions.editedByPerson(List.of(model, hand))).isEmpty();
        versions.add(model, new NewVersion(VersionKind.REFINED, "Quiet museum", "", List.of(), "ollama · llama3.2",
                true, "calmer", v.id(), null));
        versions.add(hand, edited("Picked again", h.id()));
        assertThat(versions.editedByPerson(List.of(model, hand))).isEmpty();
        versions.add(model, edited("Quiet museum, by hand", null));
        assertThat(versions.editedByPerson(List.of(model, hand))).containsExactly(model);
    }

    @Test
    void addAmendFindRemoveAndPutBackKeepEveryField() {
        Idea idea = idea("Lanterns");
        IdeaVersion created = versions.head(idea.id()).orElseThrow();
        IdeaVersion refined = versions.add(idea.id(), new NewVersion(VersionKind.REFINED, "Cheap lanterns", "LED",
                List.of("night"), "ollama · llama3.2", true, "make it cheaper", created.id(), null));

        assertThat(versions.find(refined.id())).contains(refined);
        assertThat(refined.parentId()).isEqualTo(created.id());
        assertThat(refined.instruction()).isEqualTo("make it cheaper");
        assertThat(refined.byModel()).isTrue();
        assertThat(versions.head(idea.id())).contains(refined);

        IdeaVersion amended = versions.amend(refined.id(), "Cheaper lanterns", "Solar LED", List.of("night", "sun"));
        assertThat(amended.title()).isEqualTo("Cheaper lanterns");
        assertThat(amended.body()).isEqualTo("Solar LED");
        assertThat(amended.tags()).containsExactly("night", "sun");
        assertThat(amended.createdAt()).isAfter(refined.createdAt());
        assertThat(amended.instruction()).isEqualTo("make it cheaper");

        versions.remove(amended.id());
        assertThat(versions.find(amended.id())).isEmpty();
        assertThat(versions.head(idea.id())).contains(created);

        assertThat(versions.put(amended)).isEqualTo(amended);
        assertThat(versions.put(amended)).isEqualTo(amended);
        assertThat(versions.history(idea.id())).containsExactly(created, amended);
    }

    @Test
    void removingAVersionUnlinksTheVersionsMadeFromIt() {
        Idea idea = idea("Lanterns");
        IdeaVersion created = versions.head(idea.id()).orElseThrow();
        IdeaVersion a = versions.add(idea.id(), edited("A", created.id()));
        IdeaVersion b = versions.add(idea.id(), edited("B", a.id()));

        versions.remove(a.id());

        assertThat(versions.find(b.id()).orElseThrow().parentId()).isNull();
        IdeaVersion back = versions.put(a);
        assertThat(back.parentId()).isEqualTo(created.id());
    }

    @Test
    void historyTakesInIdeasMergedInDirectlyOrThroughAnotherMergeOldestFirst() {
        Idea keep = idea("Keep");
        Idea middle = idea("Middle");
        Idea deep = idea("Deep");
        IdeaVersion deepEdit = versions.add(deep.id(), edited("Deep 2", null));
        versions.setMergedInto(deep.id(), middle.id());
        versions.setMergedInto(middle.id(), keep.id());

        List<IdeaVersion> history = versions.history(keep.id());

        assertThat(history).extracting(IdeaVersion::title).containsExactly("Keep", "Middle", "Deep", "Deep 2");
        assertThat(history).extracting(IdeaVersion::ideaId)
                .containsExactly(keep.id(), middle.id(), deep.id(), deep.id());
        assertThat(versions.history(middle.id())).extracting(IdeaVersion::title)
                .containsExactly("Middle", "Deep", "Deep 2");
        assertThat(versions.head(keep.id()).orElseThrow().title()).isEqualTo("Keep");
        assertThat(deepEdit.ideaId()).isEqualTo(deep.id());

        assertThat(versions.keeper(deep.id())).isEqualTo(keep.id());
        assertThat(versions.keeper(keep.id())).isEqualTo(keep.id());

        versions.setMergedInto(middle.id(), null);
        assertThat(versions.history(keep.id())).extracting(IdeaVersion::title).containsExactly("Keep");
        assertThat(versions.keeper(deep.id())).isEqualTo(middle.id());
    }

    @Test
    void commentsOfAnIdeaTakeInThoseOfIdeasMergedIntoItAndAreCounted() {
        Idea keep = idea("Keep");
        Idea drop = idea("Drop");
        Idea other = idea("Other");
        var first = project.comments().add(keep.id(), "Ana", "Cheap enough?");
        var second = project.comments().add(drop.id(), "Ben", "Love it");
        project.comments().add(other.id(), "Ben", "Hmm");
        assertThat(project.comments().counts()).containsEntry(keep.id(), 1).containsEntry(drop.id(), 1)
                .containsEntry(other.id(), 1);

        versions.setMergedInto(drop.id(), keep.id());

        assertThat(project.comments().comments(keep.id())).containsExactly(first, second);
        assertThat(second.author()).isEqualTo("Ben");
        assertThat(second.ideaId()).isEqualTo(drop.id());
        assertThat(project.comments().counts()).containsEntry(keep.id(), 2).containsEntry(other.id(), 1)
                .doesNotContainKey(drop.id());

        project.comments().delete(first.id());
        assertThat(project.comments().comments(keep.id())).containsExactly(second);
    }

    @Test
    void purgeKeepsIdeasMergedIntoAnIdeaThatStaysWithTheirHistory() {
        Idea keep = idea("Keep");
        Idea drop = idea("Drop");
        Idea gone = idea("Gone");
        Idea goneToo = idea("Merged into gone");
        project.comments().add(drop.id(), "Ben", "Love it");
        versions.setMergedInto(drop.id(), keep.id());
        project.ideas().delete(drop.id());
        versions.setMergedInto(goneToo.id(), gone.id());
        project.ideas().delete(goneToo.id());
        project.ideas().delete(gone.id());

        project.ideas().purgeDeleted();

        assertThat(versions.history(keep.id())).extracting(IdeaVersion::title).containsExactly("Keep", "Drop");
        assertThat(project.comments().comments(keep.id())).extracting(c -> c.body()).containsExactly("Love it");
        assertThat(StoreTesting.scalar(project, "SELECT count(*) FROM idea")).isEqualTo("2");
        assertThat(StoreTesting.scalar(project, "SELECT count(*) FROM idea_version WHERE idea_id = " + gone.id()))
                .isEqualTo("0");
        assertThat(project.ideas().find(drop.id())).isEmpty();
    }
    @Test
    void purgeKeepsAVoteCandidateMergedIntoAnIdeaDeletedSinceAndDeletesTheRest() {
        Idea candidate = idea("Candidate");
        Idea into = idea("Merged result");
        Idea other = idea("Other");
        project.votes().create(new NewVoteRound("Morning", false, 1, 1, List.of(candidate.id(), other.id())));
        versions.setMergedInto(candidate.id(), into.id());
        project.ideas().delete(candidate.id());
        project.ideas().delete(into.id());
        Idea gone = idea("Gone");
        project.ideas().delete(gone.id());

        project.ideas().purgeDeleted();

        assertThat(StoreTesting.scalar(project, "SELECT count(*) FROM vote_candidate")).isEqualTo("2");
        assertThat(StoreTesting.scalar(project, "SELECT count(*) FROM idea WHERE id = " + candidate.id()))
                .isEqualTo("1");
        assertThat(StoreTesting.scalar(project, "SELECT count(*) FROM idea WHERE id = " + gone.id())).isEqualTo("0");
    }
}
