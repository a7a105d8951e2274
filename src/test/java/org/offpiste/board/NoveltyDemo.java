package org.offpiste.board;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.Generator;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Theme;
import org.offpiste.ui.FxTaskExecutor;

/**
 * The board with the novelty meter's figures from a test double, to look at before the engine
 * lands. Arguments: {@code en|fr}, {@code light|dark}, {@code grouped}, {@code editor},
 * {@code duplicates}, {@code running|failed|nomodel}, {@code offline}, {@code w=…}, {@code h=…}.
 * Not a test: run it by hand (or under Xvfb for screenshots).
 */
public final class NoveltyDemo {
    private NoveltyDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The JavaFX application. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            Locale locale = args.contains("fr") ? Messages.FRENCH : Messages.ENGLISH;
            Application.setUserAgentStylesheet(args.contains("dark")
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("offpiste-novelty-demo");
            IdeaStore store = new org.offpiste.store.SqliteProjectFiles().create(dir.resolve("demo.offpiste")).ideas();
            List<NewIdea> ideas = new ArrayList<>(SampleIdeas.campaign());
            ideas.add(new NewIdea("Chairlift sing-along", "Speakers on every chair; riders pick the song for the next one.",
                    List.of("music", "chairlift"), IdeaStatus.INBOX, "Léo"));
            ideas.add(new NewIdea("Avalanche of second chances", "Lost-and-found items auctioned for the mountain rescue.",
                    List.of("community"), IdeaStatus.INBOX, "Camille"));
            List<Idea> added = store.addAll(ideas);
            FakeIdeation engine = new FakeIdeation();
            engine.available = !args.contains("offline");
            double[] distance = {0.58, 0.66, 0.71, 0.34, 0.19, 0.12, 0.47, 0.52, 0.55, 0.63};
            for (int i = 0; i < added.size(); i++) {
                long id = added.get(i).id();
                long near = added.get((i + 3) % added.size()).id();
                engine.novelty.put(id, FakeIdeation.measured(id, distance[i], near, 0.38 + i * 0.03, null));
            }
            Idea karaoke = added.get(0);
            Idea singAlong = added.get(8);
            engine.novelty.put(singAlong.id(), FakeIdeation.measured(singAlong.id(), 0.55, karaoke.id(), 0.87, karaoke.id()));
            engine.novelty.remove(added.get(9).id()); // not measured yet
            engine.busy = true;
            for (int i : new int[] {0, 2, 6, 8}) {
                long id = added.get(i).id();
                engine.origins.put(id, new IdeaOrigin(id, 4L, 12L, "diverge", i == 2 ? "reverse" : "scamper",
                        i == 2 ? "" : "Substitute", "Ollama", "llama3.2", 3L, i == 6, Instant.now().minusSeconds(3600)));
            }
            engine.prompts.put(karaoke.id(), List.of(
                    new VisualPrompt(1, karaoke.id(), Generator.MIDJOURNEY, "a chairlift at dusk above snowy pines, two skiers"
                            + " singing into a retro microphone, warm string lights, candid photo --ar 16:9 --style raw", "", 12L, Instant.now()),
                    new VisualPrompt(2, karaoke.id(), Generator.DALLE, "A candid photograph of two skiers singing karaoke on a"
                            + " chairlift at dusk, string lights along the cable, snowy pine forest below.", "", 12L, Instant.now()),
                    new VisualPrompt(3, karaoke.id(), Generator.STABLE_DIFFUSION, "chairlift at dusk, skiers singing, retro"
                            + " microphone, string lights, snowy pines, 35mm film, warm tones", "text, watermark, blurry, extra limbs",
                            12L, Instant.now())));
            engine.board = new Diversity(9, 0.31, 6.8);
            BaselineState.Status status = args.contains("running") ? BaselineState.Status.RUNNING
                    : args.contains("failed") ? BaselineState.Status.FAILED
                    : args.contains("nomodel") ? BaselineState.Status.NO_MODEL : BaselineState.Status.READY;
            engine.state = new BaselineState(status, status == BaselineState.Status.READY
                    ? Optional.of(FakeIdeation.baseline("llama3.2", 3, "Night skiing events", "Discounted season passes",
                    "Family packages", "Après-ski parties", "Ski school promotions", "Social media contest",
                    "Loyalty programme", "Live webcams")) : Optional.empty(),
                    status == BaselineState.Status.FAILED ? Optional.of(new org.offpiste.llm.LlmFailure(
                            org.offpiste.llm.FailureKind.UNREACHABLE, org.offpiste.llm.ProviderKind.OLLAMA, "llama3.2",
                            "localhost", "")) : Optional.empty());
            engine.themes = List.of(
                    new Theme(1, locale == Messages.FRENCH ? "Musique sur les remontées" : "Music on the lifts",
                            Theme.NamedBy.MODEL, List.of(karaoke.id(), singAlong.id())),
                    new Theme(2, locale == Messages.FRENCH ? "La station et ses habitants" : "The resort's community",
                            Theme.NamedBy.MODEL, List.of(added.get(1).id(), added.get(3).id(), added.get(6).id(), added.get(9).id())),
                    new Theme(3, locale == Messages.FRENCH ? "Détourner les codes" : "Playing with the codes",
                            Theme.NamedBy.WORDS, List.of(added.get(2).id(), added.get(7).id())));
            BoardService service = new BoardService(store, () -> "Camille");
            FxTaskExecutor executor = new FxTaskExecutor();
            BoardViewModel vm = new BoardViewModel(service, executor, false);
            BoardInsightsViewModel insights = new BoardInsightsViewModel(vm, service, engine.ideation(), executor);
            BoardView view = new BoardView(vm, insights, new Messages(locale), null);
            int width = arg(args, "w=", 1280);
            int height = arg(args, "h=", 800);
            stage.setScene(new Scene(view, width, height));
            stage.setTitle("noveltydemo");
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (args.contains("grouped")) {
                insights.themes().groupedProperty().set(true);
            }
            if (args.contains("duplicates")) {
                insights.shown().duplicatesOnlyProperty().set(true);
            }
            if (args.contains("editor")) {
                executor.onUiLater(java.time.Duration.ofMillis(600), () -> vm.openEditor(karaoke.id()));
                if (args.contains("scrolled")) {
                    executor.onUiLater(java.time.Duration.ofMillis(5000), () -> ((javafx.scene.control.ScrollPane)
                            view.lookup(".idea-editor .scroll-pane")).setVvalue(1.0));
                }
            }
        }

        private static int arg(List<String> args, String prefix, int otherwise) {
            return args.stream().filter(a -> a.startsWith(prefix)).map(a -> Integer.parseInt(a.substring(prefix.length())))
                    .findFirst().orElse(otherwise);
        }
    }
}
