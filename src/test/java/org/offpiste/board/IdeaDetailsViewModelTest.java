package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.Generator;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderKind;
import org.offpiste.novelty.BaselineState;
import org.offpiste.ui.DirectTaskExecutor;

/** The editor's engine sections and the strip's words, without a screen. */
class IdeaDetailsViewModelTest {
    private final InMemoryIdeaStore store = new InMemoryIdeaStore();
    private final BoardService service = new BoardService(store, () -> "Camille");
    private final FakeIdeation engine = new FakeIdeation();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();

    @Test
    void provenanceFiguresWithTheNearestIdeaAndPromptsAreReadAndCopyPutsTheExactTextOnTheClipboard() {
        Idea near = store.add(new NewIdea("Lantern slope", "", List.of(), IdeaStatus.INBOX, "Camille"));
        Idea idea = store.add(new NewIdea("Moonlit piste", "", List.of(), IdeaStatus.INBOX, "Camille"));
        engine.origins.put(idea.id(), new IdeaOrigin(idea.id(), 3L, 9L, "diverge", "scamper", "Substitute", "Ollama",
                "llama3.2", 2L, false, Instant.parse("2026-11-29T05:00:00Z")));
        engine.novelty.put(idea.id(), FakeIdeation.measured(idea.id(), 0.55, near.id(), 0.83, near.id()));
        engine.prompts.put(idea.id(), List.of(
                new VisualPrompt(1, idea.id(), Generator.MIDJOURNEY, "moonlit ski slope, lanterns --ar 16:9", "", 9L, Instant.now()),
                new VisualPrompt(2, idea.id(), Generator.STABLE_DIFFUSION, "moonlit ski slope, lanterns", "people, text",
                        9L, Instant.now())));
        BoardInsightsViewModel insights = new BoardInsightsViewModel(new BoardViewModel(service, executor, false), service,
                engine.ideation(), executor, new Messages(Messages.ENGLISH));
        List<String> clipboard = new ArrayList<>();

        IdeaDetailsViewModel details = new IdeaDetailsViewModel(idea.id(), insights, clipboard::add);

        assertThat(details.originProperty().get().techniqueId()).isEqualTo("scamper");
        assertThat(insights.techniqueName("scamper")).isEqualTo("SCAMPER");
        assertThat(details.figuresProperty().get().nearestTitle()).isEqualTo("Lantern slope");
        assertThat(details.figuresProperty().get().duplicateTitle()).isEqualTo("Lantern slope");
        assertThat(details.getPrompts()).hasSize(2);

        details.copy(details.getPrompts().get(1));
        assertThat(clipboard).containsExactly("moonlit ski slope, lanterns\nNegative prompt: people, text");
        assertThat(details.copiedProperty().get()).isEqualTo(2L);
        details.copy(details.getPrompts().get(0));
        assertThat(clipboard.get(1)).isEqualTo("moonlit ski slope, lanterns --ar 16:9");
        executor.runDelayed();
        assertThat(details.copiedProperty().get()).isNull(); // "Copied" only for a moment
    }

    @Test
    void eachBaselineStateHasItsWordsInEnglishAndFrench() {
        BaselineText en = new BaselineText(new Messages(Messages.ENGLISH));
        BaselineText fr = new BaselineText(new Messages(Messages.FRENCH));
        var baseline = Optional.of(FakeIdeation.baseline("llama3.2", 3, "Night skiing", "Discount passes", "Ski school",
                "Après-ski party", "Family pass", "Snow park", "Loyalty card", "Webcam"));
        BaselineState ready = new BaselineState(BaselineState.Status.READY, baseline, Optional.empty());
        assertThat(en.line(ready)).isEqualTo("Obvious answers: 8 ideas from llama3.2 (brief v3)");
        assertThat(fr.line(ready)).isEqualTo("Réponses évidentes : 8 idées de llama3.2 (brief v3)");
        assertThat(en.line(new BaselineState(BaselineState.Status.RUNNING, Optional.empty(), Optional.empty())))
                .isEqualTo("Asking the plain question…");
        assertThat(en.line(new BaselineState(BaselineState.Status.NO_MODEL, Optional.empty(), Optional.empty())))
                .isEqualTo("The meter compares ideas with the obvious answers once a model answers.");
        assertThat(en.line(new BaselineState(BaselineState.Status.MISSING, baseline, Optional.empty())))
                .isEqualTo("Obvious answers: 8 ideas from llama3.2 (earlier brief, v3)");
        assertThat(en.line(new BaselineState(BaselineState.Status.MISSING, Optional.empty(), Optional.empty())))
                .isEqualTo("No obvious answers yet for this brief.");
        LlmFailure refused = new LlmFailure(FailureKind.UNREACHABLE, ProviderKind.OLLAMA, "llama3.2", "localhost", "");
        String failed = en.line(new BaselineState(BaselineState.Status.FAILED, Optional.empty(), Optional.of(refused)));
        assertThat(failed).startsWith("Could not ask for the obvious answers: ")
                .endsWith(new Messages(Messages.ENGLISH).describe(refused));
        assertThat(fr.line(new BaselineState(BaselineState.Status.FAILED, Optional.empty(), Optional.of(refused))))
                .startsWith("Impossible d'obtenir les réponses évidentes : ");
    }

    @Test
    void theNoveltyWordsAndTooltipExplainEachFigure() {
        NoveltyText text = new NoveltyText(new Messages(Messages.ENGLISH));
        assertThat(text.distance(0.62)).isEqualTo("Far from the obvious · 0.62");
        assertThat(text.distance(0.1)).isEqualTo("Close to the obvious · 0.10");
        assertThat(new NoveltyText(new Messages(Messages.FRENCH)).distance(0.62)).isEqualTo("Loin de l'évidence · 0,62");
        String tip = text.tooltip(FakeIdeation.measured(5, 0.62, 7L, 0.83, 7L), 0.8);
        assertThat(tip).contains("Distance to the obvious: 0.62", "Nearest idea on the board: #7, similarity 0.83",
                "cosine similarity", "From 0.80 on, two ideas count as near-duplicates", "nearly repeats idea #7");
    }

    @Test
    void theBoardBundleIsCompleteInBothLanguages() throws Exception {
        Properties en = load("board");
        Properties fr = load("board_fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
        for (IdeaSort s : IdeaSort.values()) {
            assertThat(en).containsKey("board.sort." + s.key());
        }
        for (Generator g : Generator.values()) {
            assertThat(en).containsKey("board.prompts.generator." + g.id());
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = IdeaDetailsViewModelTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
