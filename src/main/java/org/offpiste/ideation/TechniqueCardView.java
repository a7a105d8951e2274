package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/**
 * The selected technique as a facilitation card. Built once; {@link #show} only changes texts
 * and the step rows, so a focused button keeps its focus while the brief is being typed.
 */
final class TechniqueCardView extends VBox {
    static final String STYLE_CLASS = "technique-card";
    private final FontIcon icon = new FontIcon();
    private final Label name = wrapping("technique-card-name");
    private final Label duration = new Label();
    private final Label summary = wrapping("technique-card-text");
    private final Label whenToUse = wrapping("technique-card-text");
    private final Label drawLabel = new Label();
    private final VBox drawItems = new VBox();
    private final VBox drawBox;
    private final VBox steps = new VBox();
    private final Label briefEmpty;
    final Button drawAgain;
    final Button copy;
    final Label copied;
    final Button edit;
    final Button duplicate;
    final Button delete;
    private final Messages messages;

    TechniqueCardView(Messages messages) {
        this.messages = messages;
        getStyleClass().add(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(messages.get("ideation.card.accessible"));
        icon.getStyleClass().add("technique-card-icon");
        HBox heading = new HBox(icon, name);
        heading.getStyleClass().add("technique-card-heading");
        heading.setAlignment(Pos.CENTER_LEFT);

        duration.getStyleClass().add("technique-duration");
        duration.setGraphic(new FontIcon(Feather.CLOCK));
        copy = new Button(messages.get("ideation.copy"), new FontIcon(Feather.COPY));
        copy.getStyleClass().add("technique-copy");
        copy.setTooltip(new Tooltip(messages.get("ideation.copy.tooltip")));
        copied = new Label(messages.get("ideation.copy.done"));
        copied.getStyleClass().add("technique-copied");
        copied.setVisible(false);
        copied.managedProperty().bind(copied.visibleProperty());
        duration.setMinWidth(0); // the duration gives way before the Copy button does
        copy.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox meta = new HBox(duration, spacer, copied, copy);
        meta.getStyleClass().add("technique-card-meta");
        meta.setAlignment(Pos.CENTER_LEFT);

        briefEmpty = wrapping("technique-brief-empty");
        briefEmpty.setText(messages.get("ideation.briefEmpty"));
        briefEmpty.setGraphic(new FontIcon(Feather.INFO));

        drawLabel.getStyleClass().add("technique-draw-label");
        drawItems.getStyleClass().add("technique-draw-items");
        drawAgain = new Button(messages.get("ideation.draw.again"), new FontIcon(Feather.SHUFFLE));
        drawAgain.getStyleClass().add("technique-draw-again");
        drawAgain.setTooltip(new Tooltip(messages.get("ideation.draw.again.tooltip")));
        drawBox = new VBox(drawLabel, drawItems, drawAgain);
        drawBox.getStyleClass().add("technique-draw");

        edit = TechniqueControls.action(messages, "technique-edit", Feather.EDIT_2, "ideation.action.edit");
        duplicate = TechniqueControls.action(messages, "technique-duplicate", Feather.COPY,
                "ideation.action.duplicate");
        delete = TechniqueControls.action(messages, "technique-delete", Feather.TRASH_2, "ideation.action.delete");
        FlowPane actions = new FlowPane(edit, duplicate, delete);
        actions.getStyleClass().add("technique-actions");

        steps.getStyleClass().add("technique-steps");
        getChildren().addAll(heading, meta, actions, briefEmpty,
                section(messages.get("ideation.card.what")), summary,
                section(messages.get("ideation.card.when")), whenToUse,
                drawBox, section(messages.get("ideation.card.steps")), steps);
    }

    void show(TechniqueCard card, boolean emptyBrief) {
        icon.setIconCode(Icons.feather(card.icon()));
        name.setText(card.name());
        duration.setText(card.duration());
        summary.setText(card.summary());
        whenToUse.setText(card.whenToUse());
        show(briefEmpty, emptyBrief);
        show(drawBox, card.hasDraw());
        drawLabel.setText(card.drawLabel());
        List<Node> items = new ArrayList<>();
        for (String item : card.drawItems()) {
            items.add(TechniqueControls.wrapping("technique-draw-item", item));
        }
        drawItems.getChildren().setAll(items);
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < card.steps().size(); i++) {
            rows.add(step(i + 1, card.steps().get(i), card.missingHints()));
        }
        steps.getChildren().setAll(rows);
    }

    /** Edit and Delete for an own technique; a built-in one offers to edit a copy instead. */
    void showOwn(boolean own) {
        edit.setText(messages.get(own ? "ideation.action.edit" : "ideation.action.editCopy"));
        edit.getTooltip().setText(messages.get(own ? "ideation.action.edit.tooltip" : "ideation.action.editCopy.tooltip"));
        show(delete, own);
    }

    void showEmptyBrief(boolean emptyBrief) {
        show(briefEmpty, emptyBrief);
    }

    private static Node step(int number, String text, List<String> hints) {
        Label n = new Label(Integer.toString(number));
        n.getStyleClass().add("technique-step-number");
        n.setMinWidth(Region.USE_PREF_SIZE);
        TextFlow t = new TextFlow();
        t.getStyleClass().add("technique-step-text");
        t.setMinWidth(0);
        t.getChildren().setAll(runs(text, hints));
        HBox.setHgrow(t, Priority.ALWAYS);
        HBox row = new HBox(n, t);
        row.getStyleClass().add("technique-step");
        row.setAccessibleText(number + ". " + text);
        return row;
    }

    /** The step's text as runs; the hints for empty brief fields get their own style. */
    static List<Text> runs(String text, List<String> hints) {
        List<Text> runs = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int next = text.length();
            String hint = null;
            for (String h : hints) {
                int i = text.indexOf(h, at);
                if (i >= 0 && i < next) {
                    next = i;
                    hint = h;
                }
            }
            if (next > at) {
                runs.add(run(text.substring(at, next), "technique-step-run"));
            }
            if (hint == null) {
                break;
            }
            runs.add(run(hint, "technique-step-hint"));
            at = next + hint.length();
        }
        return runs;
    }

    private static Text run(String text, String styleClass) {
        Text t = new Text(text);
        t.getStyleClass().add(styleClass);
        return t;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("technique-section");
        return l;
    }

    private static Label wrapping(String styleClass) {
        return TechniqueControls.wrapping(styleClass, "");
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
