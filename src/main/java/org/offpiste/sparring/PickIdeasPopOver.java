package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ui.Icons;

/**
 * "Add ideas to board…" on an answer: the ideas recognised in it, each with a checkbox (those
 * already on the board ticked and greyed), and the passage selected in the answer as one more
 * idea. Adding confirms in place; nothing is added twice.
 */
final class PickIdeasPopOver extends PopOver {
    static final String STYLE_CLASS = "pick-ideas";
    private final CapturedIdeasViewModel vm;
    private final Messages m;
    private final MessageItem answer;
    private final String selection;
    private final Label status = new Label();
    private final VBox choices = new VBox(6);
    private final List<CheckBox> boxes = new ArrayList<>();
    private final List<ExtractedIdea> ideas = new ArrayList<>();
    private final Button add = new Button();
    private final Button addText;
    private final Label done = new Label();

    /** {@code selection}: the text selected in the answer now (may be empty). */
    PickIdeasPopOver(CapturedIdeasViewModel vm, Messages m, MessageItem answer, String selection) {
        this.vm = vm;
        this.m = m;
        this.answer = answer;
        this.selection = selection == null ? "" : selection.strip();
        setHeaderAlwaysVisible(false); // the title is part of the content, in the theme's colours
        setCloseButtonEnabled(false); // Close is a button of its own
        setDetachable(false);
        getStyleClass().add("offpiste-popover");
        getScene().getStylesheets().add(PickIdeasPopOver.class.getResource("sparring.css").toExternalForm());
        setAutoHide(true);
        setArrowLocation(ArrowLocation.BOTTOM_LEFT);
        status.setWrapText(true);
        status.getStyleClass().add("pick-status");
        status.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(choices);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(320);
        scroll.getStyleClass().add("pick-scroll");
        add.setId("pick-add");
        add.getStyleClass().add("accent");
        add.setGraphic(Icons.of(Feather.PLUS));
        add.setOnAction(e -> addChecked());
        addText = new Button(m.get("sparring.pick.addText"), Icons.of(Feather.TYPE));
        addText.setId("pick-add-text");
        addText.setTooltip(new Tooltip(m.get("sparring.pick.addTextTip")));
        addText.setVisible(!this.selection.isEmpty());
        addText.setManaged(!this.selection.isEmpty());
        addText.setOnAction(e -> {
            addText.setDisable(true);
            vm.addText(answer, this.selection, this::added, this::failed);
        });
        Button close = new Button(m.get("sparring.pick.close"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, addText, spacer, close, add);
        buttons.setAlignment(Pos.CENTER_LEFT);
        done.setId("pick-done");
        done.getStyleClass().add("pick-done");
        done.setWrapText(true);
        done.setMinHeight(Region.USE_PREF_SIZE);
        done.setVisible(false);
        done.setManaged(false);
        Label title = new Label(m.get("sparring.pick.title"));
        title.getStyleClass().add("pick-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, title, status, scroll, done, buttons);
        content.setId("pick-ideas");
        content.getStyleClass().add(STYLE_CLASS);
        content.setPrefWidth(460);
        setContentNode(content);
        status.setText(m.get("sparring.pick.loading"));
        refreshAdd();
    }

    /** Shows the pop-over by {@code owner} once the answer's ideas are listed (so that it opens at its size). */
    void showBy(Node owner) {
        load(() -> show(owner));
    }

    private void load() {
        load(() -> { });
    }

    private void load(Runnable then) {
        vm.candidates(answer, list -> {
            ideas.clear();
            boxes.clear();
            for (CapturedIdeasViewModel.Candidate c : list) {
                ideas.add(c.idea());
                CheckBox box = new CheckBox(c.idea().title());
                box.getStyleClass().add("pick-idea");
                box.setWrapText(true);
                box.setMnemonicParsing(false);
                box.setSelected(c.onBoard());
                box.setDisable(c.onBoard());
                if (c.onBoard()) {
                    box.setText(c.idea().title() + " — " + m.get("sparring.pick.onBoard"));
                }
                if (!c.idea().body().isBlank()) {
                    Tooltip tip = new Tooltip(c.idea().body());
                    tip.setWrapText(true);
                    tip.setMaxWidth(400);
                    box.setTooltip(tip);
                }
                box.selectedProperty().addListener((o, was, now) -> refreshAdd());
                boxes.add(box);
            }
            choices.getChildren().setAll(List.<Node>copyOf(boxes));
            boolean none = list.isEmpty();
            status.setText(none ? m.get("sparring.pick.none") : "");
            status.setVisible(none);
            status.setManaged(none);
            refreshAdd();
            then.run();
        });
    }

    private List<ExtractedIdea> checked() {
        List<ExtractedIdea> out = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).isSelected() && !boxes.get(i).isDisabled()) {
                out.add(ideas.get(i));
            }
        }
        return out;
    }

    private void refreshAdd() {
        int n = checked().size();
        add.setText(m.get("sparring.pick.add", n));
        add.setDisable(n == 0);
        add.setVisible(!boxes.isEmpty());
        add.setManaged(!boxes.isEmpty());
    }

    private void addChecked() {
        List<ExtractedIdea> picked = checked();
        if (picked.isEmpty()) {
            return;
        }
        add.setDisable(true);
        boxes.forEach(b -> {
            if (b.isSelected()) {
                b.setDisable(true); // nothing twice, even on a second click before the answer
            }
        });
        vm.addByHand(answer, picked, this::added, this::failed);
    }

    private void added(int count) {
        done.setText(m.get("sparring.pick.added", count));
        done.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), false);
        done.setVisible(true);
        done.setManaged(true);
        load();
    }

    private void failed() {
        done.setText(m.get("sparring.pick.failed"));
        done.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), true);
        done.setVisible(true);
        done.setManaged(true);
        load();
    }
}
