package org.offpiste.judge;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.offpiste.i18n.Messages;

/**
 * One participant's ballot: the name (in an anonymous round it only marks that they voted), the candidates as cards in that participant's
 * order with a dot control each (− / the dots to click / +), the dots left, Submit (enabled once a dot
 * is placed) and Cancel.
 */
final class VoteBallotView extends VBox {
    private static final int BODY_CHARS = 160;
    private static final PseudoClass FILLED = PseudoClass.getPseudoClass(VoteStyles.FILLED);
    private static final PseudoClass OVER = PseudoClass.getPseudoClass(VoteStyles.OVER);
    private final VoteBallot ballot;
    private final Messages messages;
    private final Label left = new Label();
    private final ChangeListener<Number> onLeft = (o, was, now) -> showLeft(now.intValue());

    VoteBallotView(VotesViewModel vm, Messages messages, boolean anonymous) {
        this.ballot = vm.ballot();
        this.messages = messages;
        setSpacing(12);
        if (anonymous) {
            Label note = new Label(messages.get("votes.ballot.anonymous"));
            note.getStyleClass().add(VoteStyles.HINT);
            note.setWrapText(true);
            getChildren().add(note);
        }
        TextField name = new TextField();
        name.setId("vote-voter");
        name.setPromptText(messages.get("votes.ballot.namePrompt"));
        name.textProperty().bindBidirectional(ballot.voterProperty());
        HBox row = new HBox(8, new Label(messages.get("votes.ballot.name")), name);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        getChildren().add(row);
        FlowPane cards = new FlowPane(12, 12);
        cards.getStyleClass().add(VoteStyles.CARDS);
        ballot.getCards().forEach(c -> cards.getChildren().add(card(c)));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        left.setId("vote-left");
        left.getStyleClass().add(VoteStyles.LEFT);
        ballot.leftProperty().addListener(onLeft);
        showLeft(ballot.leftProperty().get());
        Button submit = new Button(messages.get("votes.ballot.submit"));
        submit.setId("vote-submit");
        // Not the default button: Enter in the name field must not cast a half-filled ballot.
        submit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> ballot.leftProperty().get() >= ballot.allowance(), ballot.leftProperty()));
        submit.setOnAction(e -> vm.submit());
        Button cancel = new Button(messages.get("votes.ballot.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.backToRound());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, left, spacer, cancel, submit);
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(scroll, footer);
    }

    /** Stops following the ballot. */
    void dispose() {
        ballot.leftProperty().removeListener(onLeft);
    }

    private void showLeft(int n) {
        left.setText(n >= 0 ? messages.get("votes.ballot.left", n) : messages.get("votes.ballot.over", -n));
        left.pseudoClassStateChanged(OVER, n < 0);
    }

    private VBox card(VoteBallot.Card card) {
        Label title = new Label(card.title());
        title.getStyleClass().add(VoteStyles.CARD_TITLE);
        title.setWrapText(true);
        Label body = new Label(shorten(card.body()));
        body.getStyleClass().add(VoteStyles.CARD_BODY);
        body.setWrapText(true);
        VBox box = new VBox(6, title, body, dots(card));
        box.getStyleClass().add(VoteStyles.CARD);
        box.setUserData(card.ideaId());
        VBox.setVgrow(body, Priority.ALWAYS);
        return box;
    }

    private HBox dots(VoteBallot.Card card) {
        Button minus = new Button("−");
        minus.getStyleClass().add(VoteStyles.DOT_BUTTON);
        minus.setAccessibleText(messages.get("votes.ballot.remove"));
        minus.setOnAction(e -> ballot.remove(card));
        Button plus = new Button("+");
        plus.getStyleClass().add(VoteStyles.DOT_BUTTON);
        plus.setAccessibleText(messages.get("votes.ballot.add"));
        plus.setOnAction(e -> ballot.add(card));
        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().add(minus);
        int max = ballot.maxPerIdea();
        for (int i = 1; i <= max; i++) {
            int n = i;
            Region dot = new Region();
            dot.getStyleClass().add(VoteStyles.DOT);
            dot.setAccessibleText(messages.get("votes.ballot.dot", n, max));
            dot.setOnMouseClicked(e -> ballot.set(card, card.dots() == n ? n - 1 : n));
            dot.pseudoClassStateChanged(FILLED, card.dots() >= n);
            card.dotsProperty().addListener((o, was, now) -> dot.pseudoClassStateChanged(FILLED, now.intValue() >= n));
            row.getChildren().add(dot);
        }
        row.getChildren().add(plus);
        minus.disableProperty().bind(card.dotsProperty().lessThanOrEqualTo(0));
        plus.disableProperty().bind(card.dotsProperty().greaterThanOrEqualTo(max));
        return row;
    }

    private static String shorten(String body) {
        String one = body.strip().replaceAll("\\s+", " ");
        return one.length() <= BODY_CHARS ? one : one.substring(0, BODY_CHARS - 1).strip() + "…";
    }
}
