package org.offpiste.brief;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.FxTaskExecutor;

/**
 * Shows the brief pane alone, for a look at it: {@code java ... BriefPaneDemo [width] [en|fr] [light|dark] [empty]}.
 * Not a test.
 */
public final class BriefPaneDemo {

    private BriefPaneDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo application. */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        int width = args.size() > 0 ? Integer.parseInt(args.get(0)) : 420;
        Locale locale = args.size() > 1 && args.get(1).equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        boolean dark = args.size() > 2 && args.get(2).equals("dark");
        boolean empty = args.contains("empty");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        InMemoryBriefStore store = new InMemoryBriefStore(Clock.systemUTC());
        BriefService service = new BriefService(store, args.contains("history")
                ? Clock.offset(Clock.systemUTC(), java.time.Duration.ofMinutes(10)) : Clock.systemUTC());
        if (args.contains("history")) {
            service.replace(Brief.empty().with(BriefField.TITLE, "Repair café volunteers")
                    .with(BriefField.OBJECTIVE, "More volunteers."));
        }
        if (!empty) {
            service.save(Brief.empty()
                    .with(BriefField.TITLE, "Fix-it Fridays: more volunteers for the repair café")
                    .with(BriefField.CLIENT, "Spokes & Solder — a volunteer-run repair café")
                    .with(BriefField.OBJECTIVE, "Double the number of regular volunteer fixers.")
                    .with(BriefField.AUDIENCE, "Retired tradespeople, engineering students, and people who tinker at home.")
                    .with(BriefField.INSIGHT, "They fear being asked.")
                    .with(BriefField.TONE, "Warm, practical, a little self-deprecating.")
                    .with(BriefField.LANGUAGE, "English"));
        }
        FxTaskExecutor executor = new FxTaskExecutor();
        BriefViewModel viewModel = new BriefViewModel(service, executor, false);
        BriefView view = new BriefView(viewModel, new Messages(locale), new ScriptedDialogs());
        stage.setScene(new Scene(view, width, 760));
        stage.setTitle("Brief pane");
        if (args.contains("fail")) {
            store.failWith(org.offpiste.project.Problem.DISK_FULL);
            executor.onUiLater(java.time.Duration.ofSeconds(1),
                    () -> viewModel.fieldProperty(BriefField.CLICHES).set("Save the planet"));
        }
        if (args.contains("history")) {
            executor.onUiLater(java.time.Duration.ofSeconds(2),
                    () -> view.lookup("#brief-history").fireEvent(new javafx.event.ActionEvent()));
        }
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }
    }
}
