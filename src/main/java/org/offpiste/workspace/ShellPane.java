package org.offpiste.workspace;

import java.util.Objects;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.offpiste.ui.Theme;

/**
 * The window's first frame: the outline of the workspace (menu and header bands, the three pane
 * columns at their remembered widths, status line) in the theme's colours, drawn without controls
 * or the theme's large stylesheet so the window appears at once. The real view replaces it one
 * frame later, in the same places.
 */
final class ShellPane extends BorderPane {
    static final String CSS = Objects.requireNonNull(ShellPane.class.getResource("shell.css")).toExternalForm();

    ShellPane(Theme theme, PaneLayoutViewModel layout, double width) {
        getStyleClass().addAll("shell", theme.id());
        BorderPane top = new BorderPane(band("shell-header"), band("shell-menu"), null, null, null);
        double[] dividers = layout.dividerPositions(CollapsiblePane.RAIL_WIDTH / width);
        HBox columns = new HBox(
                column(layout.isCollapsed(PaneId.BRIEF), dividers[0] * width),
                column(layout.isCollapsed(PaneId.SPARRING), (dividers[1] - dividers[0]) * width),
                column(layout.isCollapsed(PaneId.BOARD), (1 - dividers[1]) * width));
        columns.getStyleClass().add("shell-columns");
        HBox.setHgrow(columns.getChildren().get(2), Priority.ALWAYS);
        setTop(top);
        setCenter(columns);
        setBottom(band("shell-status"));
    }

    private static Region band(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        return r;
    }

    private static Region column(boolean collapsed, double width) {
        BorderPane c = new BorderPane();
        c.getStyleClass().add(collapsed ? "shell-rail" : "shell-column");
        if (!collapsed) {
            c.setTop(band("shell-pane-header"));
        }
        c.setPrefWidth(Math.max(0, width - 1));
        c.setMinWidth(0);
        return c;
    }
}
