package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.Generator;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Theme;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** The board's novelty meter on a real project file, in the real window parts, driven by a robot (headless). */
class BoardNoveltyViewTest extends ApplicationTest {
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;
    private BoardInsightsViewModel insights;
    private final FakeIdeation engine = new FakeIdeation();
    private Idea lantern;
    private Idea lanternRuns;
    private Idea karaoke;
    private Idea stamps;
    private ListView<Long> list;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = new SqliteProjectFiles().create(dir.resolve("novelty-" + System.nanoTime() + ".offpiste"));
        BoardService service = new BoardService(byNovelty(project.ideas()), () -> "Camille");
        stamps = service.add("Loyalty stamps", "A stamp per run.", List.of(), IdeaStatus.INBOX);
        karaoke = service.add("Gondola karaoke", "Sing on the way up.", List.of("music"), IdeaStatus.INBOX);
        lanternRuns = service.add("Lantern-lit runs", "Guests carry a lantern.", List.of("guests"), IdeaStatus.INBOX);
        lantern = service.add("Lantern slope", "Lanterns along the blue run.", List.of("night"), IdeaStatus.SHORTLIST);
        engine.novelty.put(lantern.id(), FakeIdeation.measured(lantern.id(), 0.31, lanternRuns.id(), 0.86, null));
        engine.novelty.put(lanternRuns.id(), FakeIdeation.measured(lanternRuns.id(), 0.29, lantern.id(), 0.86, lantern.id()));
        engine.novelty.put(karaoke.id(), FakeIdeation.measured(karaoke.id(), 0.62, lantern.id(), 0.41, null));
        engine.origins.put(karaoke.id(), new IdeaOrigin(karaoke.id(), 1L, 2L, "diverge", "scamper", "Substitute",
                "Ollama", "llama3.2", 1L, false, Instant.now()));
        engine.prompts.put(karaoke.id(), List.of(new VisualPrompt(1, karaoke.id(), Generator.STABLE_DIFFUSION,
                "gondola full of singing skiers, dusk, film grain", "text, watermark", 2L, Instant.now())));
        engine.board = new Diversity(20, 0.34, 14.3);
        engine.state = new BaselineState(BaselineState.Status.READY,
                Optional.of(FakeIdeation.baseline("llama3.2", 3, "Night skiing", "Discount passes", "Ski school")),
                Optional.empty());
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(service, executor, false);
        insights = new BoardInsightsViewModel(viewModel, service, engine.ideation(), executor);
        stage.setScene(new Scene(new BoardView(viewModel, insights, new Messages(Messages.ENGLISH), null), 620, 760));
        stage.show();
        list = lookup("#board-list").queryListView();
    }

    /** The project's store, with the novelty order the store stream implements read from the fake meter. */
    private IdeaStore byNovelty(IdeaStore real) {
        return (IdeaStore) Proxy.newProxyInstance(IdeaStore.class.getClassLoader(), new Class<?>[] {IdeaStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("queryIds") && ((IdeaQuery) args[0]).sort() == IdeaSort.NOVELTY) {
                        IdeaQuery q = ((IdeaQuery) args[0]).withSort(IdeaSort.UPDATED);
                        Comparator<Long> far = Comparator.comparing(id -> Optional.ofNullable(engine.novelty.get(id))
                                .map(n -> n.baselineDistance()).orElse(-1.0));
                        return java.util.Arrays.stream(real.queryIds(q)).boxed().sorted(far.reversed())
                                .mapToLong(Long::longValue).toArray();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void closeProject() throws Exception {
        BoardTeardown.close(this, executor, project, insights::dispose, viewModel::dispose);
    }

    @Test
    void aCardShowsHowFarItIsFromTheObviousItsOriginAndExplainsEachFigure() {
        BoardViewTest.waitUntil(() -> cardText(karaoke.title(), ".novelty-distance").equals("Far from the obvious · 0.62"));
        assertThat(cardText(karaoke.title(), ".novelty-nearest")).isEqualTo("· nearest idea 0.41");
        assertThat(cardText(lantern.title(), ".novelty-distance")).isEqualTo("Some way from the obvious · 0.31");
        assertThat(cardText(karaoke.title(), ".card-meta")).contains("SCAMPER").doesNotContain("llama3.2");
        String tip = ((Label) card(karaoke.title()).lookup(".novelty-distance")).getTooltip().getText();
        assertThat(tip).contains("Distance to the obvious: 0.62", "Nearest idea on the board: #" + lantern.id()
                + ", similarity 0.41", "cosine similarity", "From 0.80 on, two ideas count as near-duplicates");
        assertThat(cardText(stamps.title(), ".novelty-text")).isEmpty(); // not measured, meter idle: nothing shown

        assertThat(label("#board-diversity-count")).isEqualTo("20 ideas measured");
        assertThat(label("#board-diversity-similarity")).isEqualTo("Mean similarity 0.34");
        assertThat(label("#board-diversity-vendi")).isEqualTo("≈ 14 distinct ideas among 20");
        assertThat(label("#board-baseline")).isEqualTo("Obvious answers: 3 ideas from llama3.2 (brief v3)");
    }

    @Test
    void sortingByNoveltyPutsTheIdeasFarthestFromTheObviousFirst() {
        BoardViewTest.waitUntil(() -> list.getItems().size() == 4);
        clickOn("#board-sort");
        clickOn("Most novel");
        BoardViewTest.waitUntil(() -> List.copyOf(list.getItems()).equals(
                List.of(karaoke.id(), lantern.id(), lanternRuns.id(), stamps.id())));
        assertThat(viewModel.sortProperty().get()).isEqualTo(IdeaSort.NOVELTY);
    }

    @Test
    void theNearDuplicateFlagMergesBothIdeasAndUndoBringsThemBack() {
        BoardViewTest.waitUntil(() -> card(lanternRuns.title()) != null
                && card(lanternRuns.title()).lookup(".duplicate-flag").isVisible());
        Labeled flag = (Labeled) card(lanternRuns.title()).lookup(".duplicate-flag");
        assertThat(flag.getText()).isEqualTo("≈ near-duplicate of #" + lantern.id());

        clickOn("#board-duplicates");
        BoardViewTest.waitUntil(() -> list.getItems().size() == 2);
        assertThat(list.getItems()).containsExactlyInAnyOrder(lantern.id(), lanternRuns.id());

        BoardViewTest.waitUntil(() -> card(lanternRuns.title()) != null
                && card(lanternRuns.title()).lookup(".duplicate-flag").isVisible());
        clickOn(card(lanternRuns.title()).lookup(".duplicate-flag"));
        clickOn("Merge into #" + lantern.id() + " (keep #" + lantern.id() + ")");
        BoardViewTest.waitUntil(() -> project.ideas().find(lanternRuns.id()).isEmpty());
        Idea merged = project.ideas().find(lantern.id()).orElseThrow();
        assertThat(merged.body()).isEqualTo("Lanterns along the blue run.\n\nMerged from: Lantern-lit runs\nGuests carry a lantern.");
        assertThat(merged.tags()).containsExactlyInAnyOrder("night", "guests");

        BoardViewTest.waitUntil(() -> lookup(".snackbar-text").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(lookup(".snackbar-text").queryLabeled().getText()).isEqualTo("Merged into \"Lantern slope\"");
        clickOn("Undo");
        BoardViewTest.waitUntil(() -> project.ideas().find(lanternRuns.id()).isPresent());
        assertThat(project.ideas().find(lantern.id()).orElseThrow().body()).isEqualTo("Lanterns along the blue run.");
    }

    @Test
    void findThemesRunsInTheBackgroundThenTheBoardGroupsUnderHeadersWithCounts() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        engine.finder = () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new Theme(1, "Night on the slopes", Theme.NamedBy.MODEL, List.of(lantern.id(), lanternRuns.id())),
                    new Theme(2, "Music up high", Theme.NamedBy.WORDS, List.of(karaoke.id())));
        };
        BoardViewTest.waitUntil(() -> list.getItems().size() == 4);
        clickOn("#board-themes");
        clickOn("Find themes");
        // the finder is blocked, yet the window answers: the JavaFX thread is free
        BoardViewTest.waitUntil(() -> label("#board-themes-state").equals("Finding themes…"));
        AtomicReference<String> typed = new AtomicReference<>();
        interact(() -> {
            viewModel.quickAddTextProperty().set("still typing");
            typed.set(viewModel.quickAddTextProperty().get());
        });
        assertThat(typed.get()).isEqualTo("still typing");
        release.countDown();
        BoardViewTest.waitUntil(() -> label("#board-themes-state").equals("2 themes"));
        BoardViewTest.waitUntil(() -> cardText(karaoke.title(), ".theme-chip").equals("Music up high"));

        clickOn("#board-themes-group");
        BoardViewTest.waitUntil(() -> headers().size() >= 2);
        assertThat(headers()).startsWith("Night on the slopes 2 ideas", "Music up high 1 idea");
        assertThat(list.getItems()).hasSize(7); // three headers and four ideas

        clickOn(lookup(".theme-header .button").queryButton()); // rename the first theme inline
        TextField name = lookup(".theme-header .text-field").query();
        interact(() -> name.setText("Nights out"));
        type(javafx.scene.input.KeyCode.ENTER);
        BoardViewTest.waitUntil(() -> headers().contains("Nights out 2 ideas"));
        assertThat(engine.themes.get(0).namedBy()).isEqualTo(Theme.NamedBy.PERSON);
        interact(() -> list.scrollTo(list.getItems().size() - 1));
        BoardViewTest.waitUntil(() -> headers().contains("No theme 1 idea"));

        interact(() -> viewModel.searchTextProperty().set("lantern")); // grouping follows the search
        BoardViewTest.waitUntil(() -> headers().equals(List.of("Nights out 2 ideas")));
    }

    @Test
    void theImagePromptsOfTheEditorCopyTheExactTextToTheClipboard() {
        BoardViewTest.waitUntil(() -> list.getItems().size() == 4);
        interact(() -> viewModel.openEditor(karaoke.id()));
        BoardViewTest.waitUntil(() -> lookup("#board-prompt-stable-diffusion-copy").tryQuery().isPresent());
        TextArea text = lookup("#board-prompt-stable-diffusion-text").query();
        String expected = "gondola full of singing skiers, dusk, film grain\nNegative prompt: text, watermark";
        assertThat(text.getText()).isEqualTo(expected);
        assertThat(lookup("#board-prompt-stable-diffusion-copied").query().isVisible()).isFalse();

        javafx.scene.control.ScrollPane form = lookup("#board-editor .scroll-pane").query();
        interact(() -> form.setVvalue(1.0)); // the prompts are the editor's last section
        clickOn("#board-prompt-stable-diffusion-copy");
        AtomicReference<String> pasted = new AtomicReference<>();
        interact(() -> pasted.set(Clipboard.getSystemClipboard().getString()));
        assertThat(pasted.get()).isEqualTo(expected);
        assertThat(lookup("#board-prompt-stable-diffusion-copied").query().isVisible()).isTrue();
        assertThat(lookup("#board-editor-provenance").queryAs(Node.class).isVisible()).isTrue();
        assertThat(lookup("#board-editor-nearest").queryLabeled().getText()).isEqualTo("Lantern slope");

        javafx.scene.control.Hyperlink nearest = lookup("#board-editor-nearest").query();
        interact(nearest::fire); // opens the nearest idea (below the fold: fired, not clicked)
        BoardViewTest.waitUntil(() -> viewModel.editorProperty().get() != null
                && viewModel.editorProperty().get().getId() == lantern.id());
    }

    @Test
    void eachBaselineStateIsShownWithItsAction() {
        BoardViewTest.waitUntil(() -> label("#board-baseline").startsWith("Obvious answers"));
        clickOn("#board-baseline-view");
        BoardViewTest.waitUntil(() -> lookup("#board-baseline-list").tryQuery().isPresent());
        assertThat(lookup(".baseline-item-title").queryAll().stream().map(n -> ((Label) n).getText()).toList())
                .containsExactly("1. Night skiing", "2. Discount passes", "3. Ski school");

        engine.state = new BaselineState(BaselineState.Status.RUNNING, Optional.empty(), Optional.empty());
        engine.fireMeter();
        BoardViewTest.waitUntil(() -> label("#board-baseline").equals("Asking the plain question…"));
        assertThat(lookup("#board-baseline-regenerate").query().isVisible()).isFalse();

        engine.state = new BaselineState(BaselineState.Status.NO_MODEL, Optional.empty(), Optional.empty());
        engine.fireMeter();
        BoardViewTest.waitUntil(() -> label("#board-baseline").equals(
                "The meter compares ideas with the obvious answers once a model answers."));

        engine.state = new BaselineState(BaselineState.Status.FAILED, Optional.empty(), Optional.of(
                new org.offpiste.llm.LlmFailure(org.offpiste.llm.FailureKind.UNREACHABLE,
                        org.offpiste.llm.ProviderKind.OLLAMA, "llama3.2", "localhost", "")));
        engine.fireMeter();
        BoardViewTest.waitUntil(() -> label("#board-baseline").startsWith("Could not ask for the obvious answers: "));
        assertThat(lookup("#board-baseline-regenerate").queryButton().getText()).isEqualTo("Retry");
        clickOn("#board-baseline-regenerate");
        BoardViewTest.waitUntil(() -> engine.regenerated.get() == 1);
    }

    private List<String> headers() {
        return lookup(".theme-header").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getParent() != null && ((javafx.scene.control.ListCell<?>) n.getParent()).getItem() != null)
                .map(n -> n.lookupAll(".label").stream().filter(Node::isVisible).map(l -> ((Label) l).getText())
                        .collect(Collectors.joining(" ")).strip())
                .toList();
    }

    private Node card(String title) {
        return lookup(".idea-card").queryAll().stream().filter(Node::isVisible)
                .filter(c -> title.equals(((Label) c.lookup(".card-title")).getText())).findFirst().orElse(null);
    }

    private String cardText(String title, String selector) {
        Node c = card(title);
        if (c == null) {
            return "";
        }
        return c.lookupAll(selector).stream().filter(Node::isVisible).filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).collect(Collectors.joining(" | "));
    }

    private String label(String id) {
        return lookup(id).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }
}
