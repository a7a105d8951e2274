package org.offpiste.sparring;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.capture.Capture;
import org.offpiste.i18n.Messages;
import org.offpiste.novelty.Diversity;
import org.offpiste.ui.Icons;

/**
 * The strip under an answer: "3 ideas added to the board", growing as the answer streams, that
 * unfolds to the captured ideas ("✓ on the board" selects one on the board, "≈ duplicate of #7"
 * shows the idea it landed on); once the answer ended, the round's diversity with what the
 * figures mean in a tooltip; for a Visualize answer, where its image prompts were kept.
 */
final class CapturedStrip extends VBox {
    static final String STYLE_CLASS = "captured-strip";
    private final CapturedIdeasViewModel vm;
    private final Messages m;
    private final Label summary = new Label();
    private final Button toggle = new Button();
    private final Label figures = new Label();
    private final Tooltip figuresTip = new Tooltip();
    private final VBox list = new VBox(2);
    private final Label visual = new Label();
    private final Button openIdea;
    private final HBox visualRow;
    private final HBox head;
    private MessageItem item;

    CapturedStrip(CapturedIdeasViewModel vm, Messages m) {
        super(4);
        this.vm = vm;
        this.m = m;
        getStyleClass().add(STYLE_CLASS);
        summary.getStyleClass().add("captured-summary");
        summary.setGraphic(Icons.of(Feather.INBOX, "captured-icon"));
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        toggle.getStyleClass().addAll("flat", "small", "captured-toggle");
        toggle.setTooltip(new Tooltip(m.get("sparring.captured.showTip")));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setOnAction(e -> {
            if (item != null) {
                item.captured().expandedProperty().set(!item.captured().expandedProperty().get());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        head = new HBox(8, summary, spacer, toggle);
        head.setAlignment(Pos.CENTER_LEFT);
        figures.getStyleClass().add("captured-figures");
        figures.setGraphic(Icons.of(Feather.BAR_CHART_2, "captured-icon"));
        figures.setWrapText(true);
        figures.setMinHeight(Region.USE_PREF_SIZE);
        figuresTip.setWrapText(true);
        figuresTip.setMaxWidth(420);
        figuresTip.setShowDuration(Duration.seconds(40));
        figures.setTooltip(figuresTip);
        list.getStyleClass().add("captured-list");
        visual.getStyleClass().add("captured-visual");
        visual.setGraphic(Icons.of(Feather.IMAGE, "captured-icon"));
        visual.setWrapText(true);
        visual.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(visual, Priority.ALWAYS);
        visual.setMaxWidth(Double.MAX_VALUE);
        openIdea = new Button(m.get("sparring.visual.show"), Icons.of(Feather.ARROW_RIGHT_CIRCLE));
        openIdea.getStyleClass().addAll("small", "captured-open-idea");
        openIdea.setMinWidth(Region.USE_PREF_SIZE);
        openIdea.setOnAction(e -> {
            CapturedIdeas.VisualNote note = item == null ? null : item.captured().visualProperty().get();
            if (note != null) {
                vm.reveal(note.ideaId());
            }
        });
        visualRow = new HBox(8, visual, openIdea);
        visualRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, figures, list, visualRow);
    }

    /** Shows this answer's captured ideas from now on; the returned subscription stops it. */
    Subscription show(MessageItem target) {
        item = target;
        CapturedIdeas c = target.captured();
        setId("captured-" + target.id());
        ListChangeListener<Capture> changed = ch -> refresh();
        c.items().addListener(changed);
        Subscription s = Subscription.combine(() -> c.items().removeListener(changed),
                c.diversityProperty().subscribe(d -> refresh()),
                c.visualProperty().subscribe(v -> refresh()),
                c.expandedProperty().subscribe(e -> refresh()),
                target.streamingProperty().subscribe(e -> refresh()));
        refresh();
        return s;
    }

    private void refresh() {
        MessageItem it = item;
        if (it == null) {
            return;
        }
        CapturedIdeas c = it.captured();
        int count = c.items().size();
        boolean streaming = it.isStreaming();
        boolean ideasShown = it.isAnswer() && (count > 0 || streaming && capturingMode(it));
        show(head, ideasShown);
        String text = m.get(streaming ? "sparring.captured.live" : "sparring.captured.done", c.onBoard());
        if (c.duplicates() > 0) {
            text += " · " + m.get("sparring.captured.duplicates", c.duplicates());
        }
        summary.setText(text);
        boolean expanded = c.expandedProperty().get() && count > 0;
        toggle.setText(m.get(expanded ? "sparring.captured.hide" : "sparring.captured.show"));
        toggle.setGraphic(Icons.of(expanded ? Feather.CHEVRON_UP : Feather.CHEVRON_DOWN));
        show(toggle, count > 0);
        if (expanded) {
            list.getChildren().setAll(c.items().stream().map(this::row).toList());
        } else {
            list.getChildren().clear();
        }
        show(list, expanded);
        Diversity d = c.diversityProperty().get();
        show(figures, d != null && !streaming);
        if (d != null) {
            figures.setText(m.get("sparring.figures.line", d.count(), d.meanSimilarity(), d.vendi()));
            figuresTip.setText(m.get("sparring.figures.tip", d.count()));
        }
        CapturedIdeas.VisualNote note = c.visualProperty().get();
        show(visualRow, note != null);
        if (note != null) {
            visual.setText(note.ideas() > 1 ? m.get("sparring.visual.many", note.title(), note.ideas() - 1)
                    : m.get("sparring.visual.one", note.title()));
        }
        show(this, ideasShown || note != null);
    }

    /** Diverge and Build on answers have their ideas captured as they stream. */
    private static boolean capturingMode(MessageItem it) {
        Provenance p = it.provenance();
        return p != null && (p.mode() == Mode.DIVERGE || p.mode() == Mode.BUILD_ON);
    }

    private Node row(Capture capture) {
        Label title = new Label((capture.index() >= 0 ? (capture.index() + 1) + ". " : "• ") + capture.title());
        title.getStyleClass().add("captured-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Node state;
        if (capture.onBoard()) {
            state = link(m.get("sparring.captured.onBoard"), m.get("sparring.captured.onBoardTip"), capture.ideaId(),
                    "captured-on-board");
        } else if (capture.duplicateOf() != null) {
            String words = capture.similarity() == null
                    ? m.get("sparring.captured.duplicateNoScore", String.valueOf(capture.duplicateOf()))
                    : m.get("sparring.captured.duplicate", String.valueOf(capture.duplicateOf()), capture.similarity());
            state = link(words, m.get("sparring.captured.duplicateTip"), capture.duplicateOf(), "captured-duplicate");
        } else {
            Label gone = new Label(m.get("sparring.captured.gone"));
            gone.getStyleClass().add("captured-gone");
            state = gone;
        }
        HBox row = new HBox(8, title, state);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("captured-row");
        return row;
    }

    private Hyperlink link(String text, String tip, long ideaId, String styleClass) {
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add(styleClass);
        link.setTooltip(new Tooltip(tip));
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.setOnAction(e -> vm.reveal(ideaId));
        return link;
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }
}
