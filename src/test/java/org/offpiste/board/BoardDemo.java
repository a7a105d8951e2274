package org.offpiste.board;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.FxTaskExecutor;

/**
 * Shows the board pane alone with sample ideas. Arguments: {@code en|fr}, {@code light|dark},
 * a number of generated ideas to add (to a project file in a temporary folder), {@code editor} to open the first idea, {@code empty},
 * {@code readonly}, {@code nomatch}. Not a test: run it by hand (or under Xvfb for screenshots).
 */
public final class BoardDemo {
    private BoardDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    private static org.offpiste.project.Project project() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("offpiste-board-demo");
            return new org.offpiste.store.SqliteProjectFiles().create(dir.resolve("demo.offpiste"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The JavaFX application (not the main class, so the demo starts from the class path). */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Locale locale = args.contains("fr") ? Messages.FRENCH : Messages.ENGLISH;
        Application.setUserAgentStylesheet(args.contains("dark")
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        IdeaStore store = project().ideas();
        if (!args.contains("empty")) {
            store.addAll(SampleIdeas.campaign());
        }
        args.stream().filter(a -> a.matches("\\d+")).findFirst()
                .ifPresent(n -> store.addAll(SampleIdeas.many(Integer.parseInt(n))));
        BoardService service = new BoardService(store, () -> "Camille");
        FxTaskExecutor executor = new FxTaskExecutor();
        BoardViewModel vm = new BoardViewModel(service, executor, args.contains("readonly"));
        BoardView view = new BoardView(vm, new Messages(locale), null);
        int width = args.stream().filter(a -> a.startsWith("w=")).map(a -> Integer.parseInt(a.substring(2))).findFirst().orElse(560);
        stage.setScene(new Scene(view, width, 780));
        stage.setTitle("boarddemo");
        stage.setX(0);
        stage.setY(0);
        stage.show();
        if (args.contains("editor")) {
            executor.onUiLater(java.time.Duration.ofMillis(600), () -> vm.openEditor(1));
        }
        if (args.contains("nomatch")) {
            vm.searchTextProperty().set("zebra");
        }
        if (args.contains("deleted")) {
            executor.onUiLater(java.time.Duration.ofMillis(600), () -> vm.delete(3));
        }
        if (args.contains("tag")) {
            vm.filterByTag("persona");
        }
    }
}
}
