package org.offpiste.sparring;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.offpiste.capture.Capture;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.novelty.Diversity;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxFrameScheduler;
import org.offpiste.ui.FxTaskExecutor;

/**
 * Shows the sparring pane alone with the ideation engine in memory: a Diverge answer streams its
 * ideas into the strip, then the meter measures the round. Arguments: {@code en|fr} {@code light|dark}
 * {@code width}.
 */
public final class CapturedIdeasDemo {

    private CapturedIdeasDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            boolean fr = arg(args, 0, "en").equals("fr");
            Application.setUserAgentStylesheet(arg(args, 1, "light").equals("dark")
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            double width = Double.parseDouble(arg(args, 2, "620"));
            Project project = new SqliteProjectFiles().create(Files.createTempDirectory("demo").resolve("d.offpiste"));
            FakeSparring sparring = new FakeSparring();
            MemoryIdeation ideation = new MemoryIdeation();
            List<String> titles = fr
                    ? List.of("Garde de nuit au musée", "Disco silencieuse dans les salles", "Quiz des conservateurs",
                    "Atelier croquis et cocktails", "Visite à la lampe torche")
                    : List.of("Night shift at the museum", "Silent disco in the galleries", "Curators' pub quiz",
                    "Sketch and cocktails workshop", "Torchlight tour");
            StringBuilder answer = new StringBuilder(fr ? "Voici cinq idées :\n\n" : "Here are five ideas:\n\n");
            for (int i = 0; i < titles.size(); i++) {
                answer.append(i + 1).append(". **").append(titles.get(i)).append("** — ")
                        .append(fr ? "une soirée pensée pour les 25-35 ans après le travail.\n"
                                : "an evening made for 25-35 year olds after work.\n");
            }
            answer.append(fr ? "6. **Visite à la lampe de poche** — la même visite, dans le noir.\n"
                    : "6. **Flashlight tour** — the same tour, in the dark.\n");
            List<String> tokens = List.of(answer.toString().split("(?<=\n)"));
            sparring.afterToken = (i, a, l) -> {
                if (i >= 2 && i - 2 < titles.size()) {
                    l.captured(ideation.record(a.id(), titles.get(i - 2), null, null));
                } else if (i == 2 + titles.size()) {
                    l.captured(ideation.record(a.id(), fr ? "Visite à la lampe de poche" : "Flashlight tour", 5L, 0.91));
                }
            };
            sparring.next(FakeSparring.Script.streaming(tokens, Duration.ofMillis(400)));
            FxTaskExecutor executor = new FxTaskExecutor();
            SparringViewModel vm = new SparringViewModel(sparring, executor, new FxFrameScheduler(),
                    new RecordingDialogs(), TechniqueLibrary.builtIn());
            CapturedIdeasViewModel ideas = new CapturedIdeasViewModel(ideation.ideation(), ideation, project.ideas(),
                    MemoryIdeation::numbered, executor, vm.thread());
            vm.useIdeation(ideas);
            new TacticsMemory(vm.composer(), project.conversations(), executor);
            stage.setScene(new Scene(new SparringView(vm, new Messages(fr ? Locale.FRENCH : Locale.ENGLISH), () -> { }),
                    width, 780));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            vm.composer().textProperty().set(fr ? "Des idées pour les nocturnes" : "Ideas for the late nights");
            vm.send();
            vm.runningProperty().addListener((o, was, now) -> {
                if (!now) {
                    ideation.measured(new Diversity(5, 0.31, 4.2));
                    vm.thread().get(vm.thread().size() - 1).captured().expandedProperty().set(true);
                }
            });
        }

        private static String arg(List<String> args, int i, String otherwise) {
            return args.size() > i ? args.get(i) : otherwise;
        }
    }
}
