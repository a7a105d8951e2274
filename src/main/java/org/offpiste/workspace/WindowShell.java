package org.offpiste.workspace;

import java.util.Objects;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.offpiste.ui.Theme;

/**
 * The window's first frame: the outline of the workspace (menu and header bands, three pane
 * columns, status line) in the theme's colours, drawn without controls or the theme's large
 * stylesheet so the window appears at once. The real view replaces it one frame later.
 */
final class WindowShell extends BorderPane {
    static final String CSS = Objects.requireNonNull(WindowShell.class.getResource("shell.css")).toExternalForm();

    WindowShell(Theme theme) {
        getStyleClass().addAll("shell", theme.id());
        Region menu = band("shell-menu");
        Region header = band("shell-header");
        BorderPane top = new BorderPane(header, menu, null, null, null);
        HBox columns = new HBox(column(0.27), column(0.38), column(0.35));
        columns.getStyleClass().add("shell-columns");
        columns.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        setTop(top);
        setCenter(columns);
        setBottom(band("shell-status"));
    }

    private static Region band(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        return r;
    }

    private static BorderPane column(double share) {
        BorderPane c = new BorderPane();
        c.setTop(band("shell-pane-header"));
        c.getStyleClass().add("shell-column");
        c.setPrefWidth(share * 1000);
        return c;
    }
}
