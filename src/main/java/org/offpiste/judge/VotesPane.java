package org.offpiste.judge;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.offpiste.i18n.Messages;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ui.DialogService;

/**
 * The votes tab of the judgement screen: the rounds on the left (kept, open or closed), and in the
 * centre the chosen round: a new round's form, an open round (only how many ballots were cast), a
 * participant's ballot, the hand-over screen that hides it, or a closed round's results as bars.
 */
public final class VotesPane extends BorderPane {
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass(VoteStyles.CLOSED);
    private final VotesViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;
    private final ListView<VotesViewModel.RoundRow> list = new ListView<>();
    private final Label notice = new Label();
    private final InvalidationListener onChange = o -> rebuild();
    private final ListChangeListener<VotesViewModel.ResultBar> onResults = c -> rebuild();
    private final ChangeListener<VotesViewModel.RoundRow> onSelected = (o, was, now) -> follow(now);
    private final ChangeListener<VotesViewModel.Notice> onNotice = (o, was, now) -> showNotice(now);
    private final ChangeListener<String> onReplacing = (o, was, now) -> askToReplace(now);
    private VoteBallotView ballotView;
    private boolean following;

    public VotesPane(VotesViewModel vm, Messages messages, DialogService dialogs) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        getStyleClass().add(VoteStyles.PANE);
        getStylesheets().add(VotesPane.class.getResource("votes.css").toExternalForm());
        setTop(header());
        list.setId("vote-rounds");
        list.getStyleClass().add(VoteStyles.ROUNDS);
        list.setItems(vm.getRounds());
        list.setCellFactory(l -> new RoundCell());
        list.setPlaceholder(hint(messages.get("votes.rounds.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null && (vm.selectedProperty().get() == null || vm.selectedProperty().get().id() != now.id()
                    || vm.phaseProperty().get() == VotesViewModel.Phase.NEW)) {
                vm.select(now);
            }
        });
        setLeft(list);
        notice.setId("vote-notice");
        notice.getStyleClass().add(VoteStyles.NOTICE);
        notice.setWrapText(true);
        notice.setManaged(false);
        notice.setVisible(false);
        setBottom(notice);
        vm.phaseProperty().addListener(onChange);
        vm.getResults().addListener(onResults);
        vm.selectedProperty().addListener(onSelected);
        vm.noticeProperty().addListener(onNotice);
        vm.replacingProperty().addListener(onReplacing);
        rebuild();
        vm.refresh();
    }

    /** Stops following the view model (the view is rebuilt, e.g. for a change of language). */
    public void dispose() {
        vm.phaseProperty().removeListener(onChange);
        vm.getResults().removeListener(onResults);
        vm.selectedProperty().removeListener(onSelected);
        vm.noticeProperty().removeListener(onNotice);
        vm.replacingProperty().removeListener(onReplacing);
        disposeBallot();
    }

    private Node header() {
        Label title = new Label(messages.get("votes.title"));
        title.getStyleClass().add(VoteStyles.HEADING);
        Button add = new Button(messages.get("votes.newRound"));
        add.setId("vote-new-round");
        add.setDisable(vm.readOnly());
        add.setOnAction(e -> vm.startNew(messages.get("votes.new.defaultName", vm.getRounds().size() + 1)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, title, spacer, add);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(VoteStyles.HEADER);
        if (!vm.readOnly()) {
            return box;
        }
        Label readOnly = new Label(messages.get("votes.readOnly"));
        readOnly.getStyleClass().add(VoteStyles.READ_ONLY);
        return new VBox(box, readOnly);
    }

    private void follow(VotesViewModel.RoundRow row) {
        following = true;
        try {
            if (row == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getItems().stream().filter(r -> r.id() == row.id()).findFirst()
                        .ifPresent(r -> list.getSelectionModel().select(r));
            }
        } finally {
            following = false;
        }
        VotesViewModel.Phase phase = vm.phaseProperty().get();
        if (phase == VotesViewModel.Phase.OPEN || phase == VotesViewModel.Phase.HANDOVER) {
            rebuild();
        }
    }

    private void rebuild() {
        disposeBallot();
        VotesViewModel.RoundRow row = vm.selectedProperty().get();
        Node centre = switch (vm.phaseProperty().get()) {
            case NONE -> hint(messages.get(vm.getRounds().isEmpty() ? "votes.rounds.empty" : "votes.none"));
            case NEW -> new NewRoundPane(vm, messages);
            case OPEN -> open(row);
            case BALLOT -> withHeading(row, ballotView = new VoteBallotView(vm, messages, row.round().anonymous()));
            case HANDOVER -> handover();
            case CLOSED -> new VoteResultsView(row.round().name(), vm.getResults(), messages);
        };
        VBox box = new VBox(centre);
        box.getStyleClass().add(VoteStyles.CENTRE);
        VBox.setVgrow(centre, Priority.ALWAYS);
        setCenter(box);
    }

    private Node open(VotesViewModel.RoundRow row) {
        Label hidden = new Label(messages.get("votes.hidden", row.ballots()));
        hidden.setId("vote-hidden");
        hidden.setWrapText(true);
        Button next = new Button(messages.get("votes.next"));
        next.setId("vote-next");
        next.setDefaultButton(true);
        next.setDisable(vm.readOnly());
        next.setOnAction(e -> vm.nextParticipant());
        Button close = new Button(messages.get("votes.close"));
        close.setId("vote-close");
        close.setDisable(vm.readOnly());
        close.setOnAction(e -> {
            if (dialogs.confirm(messages.get("votes.close.confirmTitle"),
                    messages.get("votes.close.confirm", row.round().name()))) {
                vm.closeRound();
            }
        });
        HBox buttons = new HBox(8, next, close);
        return withHeading(row, new VBox(12, hidden, buttons));
    }

    private Node handover() {
        Label title = new Label(messages.get("votes.handover.title"));
        title.getStyleClass().add(VoteStyles.HANDOVER_TITLE);
        Label text = new Label(messages.get(vm.handoverTextKey()));
        text.setId("vote-handover");
        Button next = new Button(messages.get("votes.next"));
        next.setId("vote-handover-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> vm.nextParticipant());
        Button done = new Button(messages.get("votes.handover.done"));
        done.setId("vote-handover-done");
        done.setOnAction(e -> vm.backToRound());
        HBox buttons = new HBox(8, next, done);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(16, title, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(VoteStyles.HANDOVER);
        return box;
    }

    private Node withHeading(VotesViewModel.RoundRow row, Node body) {
        Label name = new Label(row.round().name());
        name.getStyleClass().add(VoteStyles.HEADING);
        Label rules = new Label(rules(row.round()));
        rules.getStyleClass().add(VoteStyles.HINT);
        VBox box = new VBox(8, name, rules, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        return box;
    }

    private String rules(VoteRound r) {
        String perIdea = r.maxPerIdea() == 1 ? messages.get("votes.round.onePerIdea")
                : messages.get("votes.round.severalPerIdea", r.maxPerIdea());
        return messages.get("votes.round.rules", r.allowance(), perIdea,
                messages.get(r.anonymous() ? "votes.round.anonymous" : "votes.round.named"));
    }

    /** The name already holds a ballot of the round: replace it only when the person says so. */
    private void askToReplace(String earlier) {
        if (earlier == null) {
            return;
        }
        String round = vm.selectedProperty().get() == null ? "" : vm.selectedProperty().get().round().name();
        if (dialogs.confirm(messages.get("votes.replace.title"), messages.get("votes.replace.confirm", earlier, round))) {
            vm.confirmReplace();
        } else {
            vm.cancelReplace();
        }
    }

    private void showNotice(VotesViewModel.Notice n) {
        boolean shown = n != null;
        notice.setText(shown ? messages.get(n.key(), n.args().toArray()) : "");
        notice.setManaged(shown);
        notice.setVisible(shown);
    }

    private void disposeBallot() {
        if (ballotView != null) {
            ballotView.dispose();
            ballotView = null;
        }
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(VoteStyles.HINT);
        l.setWrapText(true);
        return l;
    }

    /** A round in the list: its name, open or closed, its ideas and ballots. */
    private final class RoundCell extends ListCell<VotesViewModel.RoundRow> {
        @Override
        protected void updateItem(VotesViewModel.RoundRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(row.round().name());
            name.getStyleClass().add(VoteStyles.ROUND_NAME);
            Label state = new Label(messages.get(row.round().closed() ? "votes.round.closed" : "votes.round.open"));
            state.getStyleClass().add(VoteStyles.ROUND_STATE);
            state.pseudoClassStateChanged(CLOSED, row.round().closed());
            Label meta = new Label(messages.get("votes.round.summary", row.round().candidates().size(), row.ballots()));
            meta.getStyleClass().add(VoteStyles.ROUND_META);
            HBox top = new HBox(8, name, state);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(2, top, meta);
            box.getStyleClass().add(VoteStyles.ROUND_CELL);
            setText(null);
            setGraphic(box);
        }
    }
}
