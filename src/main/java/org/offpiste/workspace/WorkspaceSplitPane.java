package org.offpiste.workspace;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/** The split pane of the three frames, kept in step with the {@link PaneLayoutViewModel}. */
final class WorkspaceSplitPane extends SplitPane {
    private final PaneLayoutViewModel layout;
    private final Map<PaneId, CollapsiblePane> frames = new EnumMap<>(PaneId.class);
    private final List<ChangeListener<Boolean>> collapseListeners = new java.util.ArrayList<>();

    WorkspaceSplitPane(PaneLayoutViewModel layout, List<CollapsiblePane> ordered) {
        this.layout = layout;
        getStyleClass().add("workspace-split");
        for (CollapsiblePane f : ordered) {
            frames.put(f.paneId(), f);
            getItems().add(f);
            f.setCollapsed(layout.isCollapsed(f.paneId()));
            SplitPane.setResizableWithParent(f, !layout.isCollapsed(f.paneId()));
            f.collapseButton().setOnAction(e -> layout.setCollapsed(f.paneId(), true));
            f.expandButton().setOnAction(e -> layout.setCollapsed(f.paneId(), false));
            ChangeListener<Boolean> l = (obs, was, now) -> {
                f.setCollapsed(now);
                SplitPane.setResizableWithParent(f, !now);
                refreshButtons();
                applyPositions();
            };
            collapseListeners.add(l);
            layout.collapsedProperty(f.paneId()).addListener(l);
        }
        refreshButtons();
        widthProperty().addListener((obs, was, now) -> applyPositions());
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (onDivider(e.getTarget())) {
                remember();
            }
        });
    }

    CollapsiblePane frame(PaneId id) {
        return frames.get(id);
    }

    /** Stops following the layout (the view is being replaced). */
    void dispose() {
        int i = 0;
        for (PaneId id : PaneId.values()) {
            layout.collapsedProperty(id).removeListener(collapseListeners.get(i++));
        }
    }

    private void refreshButtons() {
        frames.forEach((id, f) -> f.collapseButton().setDisable(!layout.canCollapse(id)));
    }

    private void applyPositions() {
        double w = getWidth();
        if (w <= 0) {
            return;
        }
        setDividerPositions(layout.dividerPositions(CollapsiblePane.RAIL_WIDTH / w));
    }

    private boolean onDivider(Object target) {
        for (Object n = target; n instanceof javafx.scene.Node node && node != this; n = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private void remember() {
        Map<PaneId, Double> widths = new EnumMap<>(PaneId.class);
        frames.forEach((id, f) -> widths.put(id, f.getWidth()));
        layout.resized(widths);
    }
}
