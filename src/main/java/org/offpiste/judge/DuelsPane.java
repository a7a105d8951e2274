package org.offpiste.judge;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/**
 * The duels tab: two idea cards side by side, keyboard first. ← the left one is stronger, → the
 * right one, ↓ or Space can't decide, S skips, Backspace takes the last duel back; the buttons
 * show the same keys for the mouse.
 */
public final class DuelsPane extends BorderPane {
    private final DuelsViewModel vm;
    private final Messages messages;
    private final DuelCard leftCard = new DuelCard("duel-left");
    private final DuelCard rightCard = new DuelCard("duel-right");
    private final Label question = new Label();
    private final Label progress = new Label();
    private final Label note = new Label();
    private final StackPane centre = new StackPane();
    private final Node pair;
    private final Label calm = new Label();
    private final Subscription subscription;

    public DuelsPane(DuelsViewModel vm, Messages messages, DialogService dialogs) {
        this.vm = vm;
        this.messages = messages;
        setId("duels-pane");
        getStyleClass().add("duels");
        setFocusTraversable(true);
        question.getStyleClass().add(JudgeStyles.QUESTION);
        question.setWrapText(true);
        progress.setId("duel-progress");
        progress.getStyleClass().add(JudgeStyles.PROGRESS);
        note.getStyleClass().add(JudgeStyles.NOTE);
        note.setWrapText(true);
        calm.setId("duels-calm");
        calm.getStyleClass().add(JudgeStyles.CALM);
        calm.setWrapText(true);
        leftCard.setOnMouseClicked(e -> vm.leftWins());
        rightCard.setOnMouseClicked(e -> vm.rightWins());
        HBox.setHgrow(leftCard, Priority.ALWAYS);
        HBox.setHgrow(rightCard, Priority.ALWAYS);
        HBox cards = new HBox(16, leftCard, rightCard);
        cards.getStyleClass().add(JudgeStyles.CARDS);
        cards.setFillHeight(true);
        VBox.setVgrow(cards, Priority.ALWAYS);
        VBox stage = new VBox(12, question, cards, actions());
        stage.getStyleClass().add(JudgeStyles.STAGE);
        pair = stage;
        centre.getChildren().setAll(pair);
        setTop(toolbar());
        setCenter(centre);
        setBottom(note);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        setOnMouseClicked(e -> requestFocus());
        subscription = Subscription.combine(
                vm.leftProperty().subscribe(leftCard::show),
                vm.rightProperty().subscribe(rightCard::show),
                vm.stateProperty().subscribe(s -> showState()),
                vm.briefTitleProperty().subscribe(t -> question.setText(t.isBlank()
                        ? messages.get("judge.duels.questionNoBrief") : messages.get("judge.duels.question", t))),
                vm.sessionCountProperty().subscribe(n -> showProgress()),
                vm.totalCountProperty().subscribe(n -> showProgress()),
                vm.failedProperty().subscribe(f -> showNote()));
    }

    /** Stops following the view model (the view is rebuilt, e.g. for a change of language). */
    public void dispose() {
        subscription.unsubscribe();
    }

    private Node toolbar() {
        ChoiceBox<IdeaScope> scope = new ChoiceBox<>();
        scope.setId("duel-candidates");
        scope.getItems().setAll(IdeaScope.OPEN, IdeaScope.SHORTLIST, IdeaScope.ALL);
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(IdeaScope s) {
                return s == null ? "" : messages.get(s.key());
            }

            @Override
            public IdeaScope fromString(String text) {
                return null;
            }
        });
        scope.valueProperty().bindBidirectional(vm.candidatesProperty());
        scope.setFocusTraversable(false);
        Label label = new Label(messages.get("judge.duels.candidates"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label top = new Label();
        top.setId("duel-top");
        top.textProperty().bind(Bindings.createStringBinding(() -> vm.topNProperty().get() <= 0 ? ""
                : messages.get("judge.duels.topN", vm.topNProperty().get()), vm.topNProperty()));
        top.visibleProperty().bind(vm.topNProperty().greaterThan(0));
        top.managedProperty().bind(top.visibleProperty());
        HBox bar = new HBox(8, label, scope, top, spacer, progress);
        bar.getStyleClass().add(JudgeStyles.TOOLBAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node actions() {
        Button left = button("duel-choose-left", "judge.duels.left", "←", vm::leftWins);
        Button tie = button("duel-tie", "judge.duels.tie", "↓", vm::cannotDecide);
        Button skip = button("duel-skip", "judge.duels.skip", "S", vm::skip);
        Button undo = button("duel-undo", "judge.duels.undo", "⌫", vm::undo);
        Button right = button("duel-choose-right", "judge.duels.right", "→", vm::rightWins);
        left.disableProperty().bind(vm.canJudgeProperty().not());
        right.disableProperty().bind(vm.canJudgeProperty().not());
        tie.disableProperty().bind(vm.canJudgeProperty().not());
        skip.disableProperty().bind(vm.canJudgeProperty().not());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        right.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        left.getStyleClass().add("accent");
        right.getStyleClass().add("accent");
        Region a = new Region();
        Region b = new Region();
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        HBox bar = new HBox(8, left, a, tie, skip, undo, b, right);
        bar.getStyleClass().add(JudgeStyles.ACTIONS);
        bar.setAlignment(Pos.CENTER);
        return bar;
    }

    private Button button(String id, String key, String shortcut, Runnable action) {
        Label keyLabel = new Label(shortcut);
        keyLabel.getStyleClass().add(JudgeStyles.KEY);
        Button b = new Button(messages.get(key), keyLabel);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            action.run();
            requestFocus();
        });
        return b;
    }

    private void key(KeyEvent e) {
        handle(e);
    }

    /** Judges by the key pressed (and consumes it) when it is one of the duel keys; the screen forwards them. */
    void handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBoxBase<?>
                || e.getTarget() instanceof ChoiceBox<?> || e.isShortcutDown() || e.isAltDown() || e.isConsumed()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case LEFT -> vm::leftWins;
            case RIGHT -> vm::rightWins;
            case DOWN, SPACE -> vm::cannotDecide;
            case S -> vm::skip;
            case BACK_SPACE -> vm::undo;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    private void showState() {
        switch (vm.stateProperty().get()) {
            case PAIR -> centre.getChildren().setAll(pair);
            case TOO_FEW -> {
                calm.setText(messages.get("judge.duels.tooFew"));
                centre.getChildren().setAll(calm);
            }
            default -> {
                calm.setText(messages.get("judge.loading"));
                centre.getChildren().setAll(calm);
            }
        }
    }

    private void showProgress() {
        progress.setText(messages.get("judge.duels.progress", vm.sessionCountProperty().get(),
                vm.totalCountProperty().get()));
    }

    private void showNote() {
        String text = vm.failedProperty().get() ? messages.get("judge.duels.failed")
                : vm.readOnly() ? messages.get("judge.readOnly") : messages.get("judge.duels.keys");
        note.setText(text);
        note.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), vm.failedProperty().get());
    }
}
