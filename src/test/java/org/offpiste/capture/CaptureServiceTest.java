package org.offpiste.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.VisualPrompt;
import org.offpiste.brief.BriefService;
import org.offpiste.brief.BriefVersion;
import org.offpiste.ideation.Generator;
import org.offpiste.ideation.SampleBriefs;
import org.offpiste.novelty.Similar;
import org.offpiste.project.Project;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.store.SqliteProjectFiles;

/** The capture of answers' ideas onto the board of a real project file. */
class CaptureServiceTest {
    private static final String SCAMPER_ANSWER = "Here are ideas.\n\n"
            + "1. **[Eliminate] The silent museum** — No audio guides, no labels: visitors whisper stories to each other.\n"
            + "2. **[Reverse] Exhibits visit you** — Skeletons tour the city's night buses on Fridays.\n"
            + "3. **[Combine] Fossil karaoke** — Sing the song of each era under the whale.\n";
    @TempDir
    Path dir;
    private Project project;
    private BoardService board;
    private BriefVersion version;
    private long conversation;
    private final FixedNovelty novelty = new FixedNovelty(t -> Optional.empty());
    private CaptureService captures;

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("p.offpiste"));
        board = new BoardService(project.ideas(), () -> "Ana");
        version = new BriefService(project.briefs()).save(SampleBriefs.museumLate());
        conversation = project.conversations().createConversation("c").id();
        captures = TestCaptures.service(project, board, novelty);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private long answer() {
        Message q = project.conversations().addMessage(conversation, null, Message.Role.USER, "go",
                MessageStatus.COMPLETE, null);
        return project.conversations().addMessage(conversation, q.id(), Message.Role.ASSISTANT, "",
                MessageStatus.STREAMING, null).id();
    }

    private AnswerContext context(long message, String mode, String technique, String drawn, boolean push,
                                  List<Long> ideas) {
        return new AnswerContext(conversation, message, mode, technique, drawn, "ollama", "llama3.2", version.id(),
                ideas, push);
    }

    private List<Idea> inbox() {
        return board.store().query(IdeaQuery.all().withStatuses(java.util.Set.of(IdeaStatus.INBOX)));
    }

    @Test
    void aScamperItemLandsInTheInboxWithItsProvenanceAndItsOperatorAsTag() throws Exception {
        long message = answer();
        List<Capture> heard = new ArrayList<>();
        AnswerCapture follow = captures.follow(context(message, "diverge", "scamper", "", false, List.of()),
                heard::add);

        follow.grew(SCAMPER_ANSWER.substring(0, SCAMPER_ANSWER.indexOf("2. **")));
        assertThat(heard).isEmpty(); // the first item may still grow
        Thread.sleep(AnswerFollower.EVERY_MILLIS + 20);
        follow.grew(SCAMPER_ANSWER.substring(0, SCAMPER_ANSWER.indexOf("3. **")));

        assertThat(heard).extracting(Capture::title).containsExactly("The silent museum");
        Idea idea = board.store().find(heard.get(0).ideaId()).orElseThrow();
        assertThat(idea.status()).isEqualTo(IdeaStatus.INBOX);
        assertThat(idea.author()).isEqualTo("llama3.2 (ollama)");
        assertThat(idea.tags()).containsExactly("Eliminate");
        assertThat(idea.body()).contains("whisper stories");
        IdeaOrigin origin = project.origins().origins(List.of(idea.id())).get(idea.id());
        assertThat(origin.conversationId()).isEqualTo(conversation);
        assertThat(origin.messageId()).isEqualTo(message);
        assertThat(origin.mode()).isEqualTo("diverge");
        assertThat(origin.techniqueId()).isEqualTo("scamper");
        assertThat(origin.facet()).isEqualTo("Eliminate");
        assertThat(origin.provider()).isEqualTo("ollama");
        assertThat(origin.model()).isEqualTo("llama3.2");
        assertThat(origin.briefVersionId()).isEqualTo(version.id());
        assertThat(origin.byHand()).isFalse();
        assertThat(board.store().query(IdeaQuery.all().withText("whisper"))).extracting(Idea::id)
                .containsExactly(idea.id());
        assertThat(novelty.changes.get()).isEqualTo(1);

        follow.ended(SCAMPER_ANSWER, true);

        assertThat(heard).extracting(Capture::index).containsExactly(0, 1, 2);
        assertThat(captures.of(message)).extracting(Capture::title)
                .containsExactly("The silent museum", "Exhibits visit you", "Fossil karaoke");
        assertThat(inbox()).hasSize(3);
    }

    @Test
    void theDrawIsTheFacetOfItemsThatHaveNone() {
        long message = answer();
        String text = "1. **Whale sleepover** — Sleep under the blue whale.\n2. **Bone radio** — A night show.\n";
        captures.follow(context(message, "diverge", "random-stimulus", "lighthouse", false, List.of()), c -> { })
                .ended(text, true);

        Map<Long, IdeaOrigin> origins = project.origins().origins(
                captures.of(message).stream().map(Capture::ideaId).toList());
        assertThat(origins.values()).extracting(IdeaOrigin::facet).containsOnly("lighthouse");
        assertThat(inbox()).allSatisfy(i -> assertThat(i.tags()).isEmpty());
    }

    @Test
    void nothingIsAddedTwice() {
        long first = answer();
        captures.follow(context(first, "diverge", "scamper", "", false, List.of()), c -> { }).ended(SCAMPER_ANSWER, true);
        // the same message followed again (a window reopened): nothing new
        List<Capture> again = new ArrayList<>();
        captures.follow(context(first, "diverge", "scamper", "", false, List.of()), again::add)
                .ended(SCAMPER_ANSWER, true);
        assertThat(again).isEmpty();
        // a regenerated answer with the same ideas: recorded as duplicates of the live ideas
        long second = answer();
        List<Capture> regenerated = new ArrayList<>();
        captures.follow(context(second, "diverge", "scamper", "", false, List.of()), regenerated::add)
                .ended(SCAMPER_ANSWER.toUpperCase(java.util.Locale.ROOT), true);

        assertThat(regenerated).hasSize(3).allSatisfy(c -> {
            assertThat(c.onBoard()).isFalse();
            assertThat(c.duplicateOf()).isNotNull();
        });
        assertThat(regenerated.get(0).duplicateOf()).isEqualTo(captures.of(first).get(0).ideaId());
        assertThat(inbox()).hasSize(3);

        Capture byHand = captures.addByHand(context(first, "challenge", null, "", false, List.of()),
                "A locker for fears", "Leave a fear in a locker.");
        Capture twice = captures.addByHand(context(first, "challenge", null, "", false, List.of()),
                "a locker for FEARS ", "Another body.");
        assertThat(twice).isEqualTo(byHand);
        assertThat(byHand.index()).isEqualTo(3);
        assertThat(project.origins().origins(List.of(byHand.ideaId())).get(byHand.ideaId()).byHand()).isTrue();
        assertThat(inbox()).hasSize(4);
    }

    @Test
    void pushFurtherRecordsNearDuplicatesWithoutAddingThemButOrdinaryRoundsAddThem() {
        Idea quiz = board.add("Fossil pub quiz", "Among the skeletons", List.of(), IdeaStatus.INBOX);
        FixedNovelty meter = new FixedNovelty(t -> Optional.of(new Similar(quiz.id(),
                t.startsWith("Dinosaur quiz") ? 0.91 : 0.3)));
        CaptureService withMeter = TestCaptures.service(project, board, meter);
        String text = "1. **Dinosaur quiz night** — A quiz among the bones.\n2. **Moth walk** — Follow the moths.\n";

        long pushed = answer();
        List<Capture> heard = new ArrayList<>();
        withMeter.follow(context(pushed, "diverge", null, "", true, List.of()), heard::add).ended(text, true);
        assertThat(heard.get(0).onBoard()).isFalse();
        assertThat(heard.get(0).duplicateOf()).isEqualTo(quiz.id());
        assertThat(heard.get(0).similarity()).isEqualTo(0.91);
        assertThat(heard.get(1).onBoard()).isTrue();

        long ordinary = answer();
        List<Capture> plain = new ArrayList<>();
        withMeter.follow(context(ordinary, "diverge", null, "", false, List.of()), plain::add)
                .ended(text.replace("Moth walk", "Bat walk"), true);
        assertThat(plain).allSatisfy(c -> assertThat(c.onBoard()).isTrue());
        assertThat(board.store().count()).isEqualTo(4);
    }

    @Test
    void aStoppedAnswerKeepsItsCompleteItems() {
        long message = answer();
        AnswerCapture follow = captures.follow(context(message, "build-on", null, "", false, List.of()), c -> { });
        String cut = SCAMPER_ANSWER.substring(0, SCAMPER_ANSWER.indexOf("3. **") + 12);
        follow.grew(cut);
        follow.ended(cut, false);
        follow.ended(SCAMPER_ANSWER, true); // once over, nothing more

        assertThat(captures.of(message)).extracting(Capture::title).startsWith("The silent museum",
                "Exhibits visit you").hasSizeLessThan(4);
        assertThat(inbox()).extracting(Idea::title).contains("The silent museum", "Exhibits visit you");
    }

    @Test
    void challengeAnswersAreNotCapturedButVisualizePromptsLandOnTheirIdeas() {
        Idea a = board.add("Whale sleepover", "", List.of(), IdeaStatus.INBOX);
        Idea b = board.add("Bone radio", "", List.of(), IdeaStatus.INBOX);
        long challenge = answer();
        captures.follow(context(challenge, "challenge", null, "", false, List.of(a.id())), c -> { })
                .ended("1. **Risk** — it is costly.\n2. **Cliche** — done before.\n", true);
        assertThat(captures.of(challenge)).isEmpty();

        long visualize = answer();
        AtomicInteger told = new AtomicInteger();
        board.addChangeListener(told::incrementAndGet);
        captures.follow(context(visualize, "visualize", null, "", false, List.of(a.id(), b.id())), c -> { })
                .ended("## 1. Whale sleepover\n\nMidjourney: kids in sleeping bags under a blue whale --ar 4:5\n\n"
                        + "## 2. Bone radio\n\nMidjourney: a radio studio inside a ribcage --ar 4:5\n", true);

        List<VisualPrompt> onA = project.origins().visualPrompts(a.id());
        assertThat(onA).extracting(VisualPrompt::generator).contains(Generator.MIDJOURNEY);
        assertThat(onA).extracting(VisualPrompt::prompt).anySatisfy(p -> assertThat(p).contains("blue whale"));
        assertThat(project.origins().visualPrompts(b.id())).extracting(VisualPrompt::prompt)
                .anySatisfy(p -> assertThat(p).contains("ribcage"))
                .noneSatisfy(p -> assertThat(p).contains("blue whale"));
        assertThat(onA).allSatisfy(p -> assertThat(p.messageId()).isEqualTo(visualize));
        assertThat(told.get()).isPositive();
        assertThat(board.store().count()).isEqualTo(2);
    }
}
