package org.offpiste.sparring;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.FailureKind;
import org.offpiste.ui.FxFrameScheduler;
import org.offpiste.ui.FxTaskExecutor;

/**
 * Shows the sparring pane alone over a sample conversation (Markdown answer, a regenerated one,
 * a stopped one, a failed one), to look at it. Arguments: {@code en|fr} {@code light|dark}
 * {@code width} {@code empty}.
 */
public final class SparringDemo {

    private SparringDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Locale locale = arg(args, 0, "en").equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
            Application.setUserAgentStylesheet(arg(args, 1, "light").equals("dark")
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            double width = Double.parseDouble(arg(args, 2, "760"));
            FakeSparring sparring = new FakeSparring();
            if (!arg(args, 3, "").equals("empty")) {
                seed(sparring);
            }
            sparring.next(FakeSparring.Script.streaming(List.of("## A live ", "answer\n\n", "- first **bold** ",
                    "point\n", "- second `code` point\n\n", "Done."), Duration.ofMillis(300)));
            SparringViewModel vm = new SparringViewModel(sparring, new FxTaskExecutor(), new FxFrameScheduler(),
                    new RecordingDialogs(), TechniqueLibrary.builtIn());
            stage.setScene(new Scene(new SparringView(vm, new Messages(locale), () -> { }), width, 780));
            stage.setX(0);
            stage.setY(0);
            stage.setTitle("Sparring " + args);
            stage.show();
        }

        private static void seed(FakeSparring sparring) {
            Conversation c = sparring.newConversation("Museum late nights");
            ExchangeListener quiet = new ExchangeListener() {
                @Override
                public void waiting(int attempt, Duration wait, org.offpiste.llm.LlmFailure cause) {
                }

                @Override
                public void text(String delta) {
                }

                @Override
                public void ended(Message answer, org.offpiste.llm.LlmFailure failure) {
                }
            };
            sparring.next(FakeSparring.Script.answer("# Three directions\n\n",
                    "1. **Night shift** — the museum opens for people who work late: nurses, bus drivers.\n",
                    "2. *Silent disco* among the statues, with curators as DJs.\n",
                    "3. A `#LateQuestion` wall: visitors leave questions, experts answer live.\n\n",
                    "> Keep it away from the usual wine-and-cheese cliché.\n\n```\nTagline: Art after hours\n```\n"),
                    FakeSparring.Script.failing(FailureKind.REFUSED));
            sparring.send(c.id(), new Turn("Give me three directions for the museum late nights.", Mode.DIVERGE,
                    "scamper", List.of()), quiet);
            sparring.send(c.id(), new Turn("What would a nurse say about the night shift idea?", Mode.CHALLENGE,
                    null, List.of(3L)), quiet);
        }

        private static String arg(List<String> args, int i, String fallback) {
            return args.size() > i ? args.get(i) : fallback;
        }
    }
}
