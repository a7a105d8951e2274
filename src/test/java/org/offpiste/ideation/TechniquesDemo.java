package org.offpiste.ideation;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Random;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.offpiste.brief.InMemoryBriefStore;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.FxTaskExecutor;

/**
 * Shows the techniques pane alone on a sample brief, to look at it.
 * Arguments: {@code en|fr} {@code width} {@code techniqueId} {@code light|dark} {@code empty}.
 */
public final class TechniquesDemo {

    private TechniquesDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo window (a nested class, so the class-path launch needs no JavaFX module). */
    public static final class App extends Application {

    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        Locale locale = arg(0, "en").equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        double width = Double.parseDouble(arg(1, "900"));
        String technique = arg(2, "scamper");
        Application.setUserAgentStylesheet(arg(3, "light").equals("dark")
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        BriefService briefs = new BriefService(new InMemoryBriefStore());
        Brief brief = locale == Locale.FRENCH ? SampleBriefs.stationEte() : SampleBriefs.museumLate();
        if (!arg(4, "").equals("empty")) {
            briefs.save(brief);
        }
        FxTaskExecutor executor = new FxTaskExecutor();
        TechniquesViewModel vm = new TechniquesViewModel(briefs, executor, TechniqueLibrary.builtIn(), new Random(7));
        TechniquesView view = new TechniquesView(vm, new Messages(locale));
        vm.select(technique);
        stage.setScene(new Scene(view, width, 800));
        stage.setX(0);
        stage.setY(0);
        stage.setTitle("Techniques " + args);
        stage.show();
    }

    private String arg(int i, String fallback) {
        var raw = getParameters().getRaw();
        return raw.size() > i ? raw.get(i) : fallback;
    }
    }
}
