package org.offpiste.sparring;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;

/**
 * One message of the thread: who wrote it, its Markdown (selectable), how it ended and why, the
 * provenance line of an answer, and its actions (copy, show prompt, regenerate, edit &amp;
 * resend, retry, stop, alternatives ‹ 2/3 ›).
 */
final class MessageCell extends ListCell<MessageItem> {
    static final String STYLE_CLASS = "message-cell";
    private static final PseudoClass ANSWER = PseudoClass.getPseudoClass("answer");
    private final SparringViewModel vm;
    private final MessageTexts texts;
    private final Messages m;
    private final Label author = new Label();
    private final Label badge = new Label();
    private final Label waiting = new Label();
    private final MarkdownFlow body;
    private final Label failure = new Label();
    private final Button retry;
    private final VBox failureRow;
    private final Label provenance = new Label();
    private final Button previous;
    private final Button next;
    private final Label pager = new Label();
    private final HBox pagerBox;
    private final Button copy;
    private final Button prompt;
    private final Button regenerate;
    private final Button edit;
    private final Button stop;
    private final Button pick;
    private final MenuItem pickItem;
    private final CapturedStrip strip;
    private final VBox box;
    private Subscription subscription = Subscription.EMPTY;
    /** True while a new item's subscriptions are made: each calls back at once; one refresh follows. */
    private boolean binding;
    private Boolean authorIsAnswer;

    MessageCell(SparringViewModel vm, MessageTexts texts, Messages messages, MarkdownCache cache) {
        this.vm = vm;
        this.texts = texts;
        this.m = messages;
        getStyleClass().add(STYLE_CLASS);
        setPrefWidth(0); // as wide as the list, never wider: the text wraps instead
        body = new MarkdownFlow(messages, cache);
        author.getStyleClass().add("message-author");
        badge.getStyleClass().add("message-badge");
        waiting.getStyleClass().add("message-waiting");
        waiting.setWrapText(true);
        failure.getStyleClass().add("message-failure");
        failure.setWrapText(true);
        failure.setGraphic(Icons.of(Feather.ALERT_CIRCLE, "message-failure-icon"));
        retry = button("sparring.message.retry", null, Feather.REFRESH_CW, "message-retry");
        retry.getStyleClass().remove("flat");
        retry.setOnAction(e -> act(vm::retry));
        failure.setMaxWidth(Double.MAX_VALUE);
        failure.setMinHeight(Region.USE_PREF_SIZE);
        failureRow = new VBox(6, failure, retry);
        failureRow.getStyleClass().add("message-failure-row");
        provenance.getStyleClass().add("message-provenance");
        provenance.setWrapText(true);
        previous = button(null, "sparring.message.previous", Feather.CHEVRON_LEFT, "message-previous");
        previous.setOnAction(e -> act(i -> vm.showAlternative(i, -1)));
        next = button(null, "sparring.message.next", Feather.CHEVRON_RIGHT, "message-next");
        next.setOnAction(e -> act(i -> vm.showAlternative(i, 1)));
        pager.getStyleClass().add("message-pager");
        pagerBox = new HBox(previous, pager, next);
        pagerBox.setAlignment(Pos.CENTER_LEFT);
        copy = button(null, "sparring.message.copy", Feather.COPY, "message-copy");
        copy.setOnAction(e -> act(this::copy));
        prompt = button(null, "sparring.message.showPrompt", Feather.CODE, "message-prompt");
        prompt.setOnAction(e -> act(vm::showPrompt));
        regenerate = button(null, "sparring.message.regenerateTip", Feather.ROTATE_CW, "message-regenerate");
        regenerate.setOnAction(e -> act(vm::regenerate));
        edit = button(null, "sparring.message.edit", Feather.EDIT_2, "message-edit");
        edit.setOnAction(e -> act(vm::startEdit));
        stop = button("sparring.message.stop", null, Feather.SQUARE, "message-stop");
        stop.setOnAction(e -> vm.stop());
        pick = button("sparring.pick.action", "sparring.pick.actionTip", Feather.PLUS_SQUARE, "message-pick");
        pick.setOnAction(e -> act(this::pick));
        pickItem = new MenuItem(m.get("sparring.pick.action"));
        pickItem.setOnAction(e -> act(this::pick));
        strip = vm.ideas() == null ? null : new CapturedStrip(vm.ideas(), messages);
        if (strip != null) {
            body.addMenuItem(pickItem);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, author, badge, spacer, pagerBox);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(2, copy, prompt, regenerate, edit, pick, stop);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("message-actions");
        box = new VBox(4, top, waiting, body, failureRow, provenance, actions);
        if (strip != null) {
            box.getChildren().add(box.getChildren().indexOf(provenance), strip);
        }
        box.getStyleClass().add("message");
        setGraphic(null);
        setText(null);
    }

    @Override
    protected void updateItem(MessageItem item, boolean empty) {
        super.updateItem(item, empty);
        subscription.unsubscribe();
        subscription = Subscription.EMPTY;
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        boolean answer = item.isAnswer();
        box.pseudoClassStateChanged(ANSWER, answer);
        prompt.setVisible(answer);
        prompt.setManaged(answer);
        regenerate.setVisible(answer);
        regenerate.setManaged(answer);
        edit.setVisible(!answer);
        edit.setManaged(!answer);
        body.setId("message-body-" + item.id());
        binding = true;
        subscription = Subscription.combine(
                item.textProperty().subscribe(t -> {
                    if (binding) {
                        return;
                    }
                    body.show(t, item.isStreaming());
                    if (waiting.isVisible() && !t.isEmpty()) {
                        refresh(item); // the first words arrived: no more "waiting for the first words"
                    }
                }),
                item.streamingProperty().subscribe(s -> refresh(item)),
                item.statusProperty().subscribe(s -> refresh(item)),
                item.failureProperty().subscribe(f -> refresh(item)),
                item.waitingProperty().subscribe(w -> refresh(item)),
                item.alternativeProperty().subscribe(n -> refresh(item)),
                item.alternativesProperty().subscribe(n -> refresh(item)),
                item.messageProperty().subscribe(msg -> refresh(item)),
                vm.runningProperty().subscribe(r -> refresh(item)),
                strip == null ? Subscription.EMPTY : strip.show(item));
        binding = false;
        refresh(item);
        setGraphic(box);
    }

    private void refresh(MessageItem item) {
        if (binding || getItem() != item) {
            return;
        }
        boolean streaming = item.isStreaming();
        author.setText(texts.author(item));
        if (!Boolean.valueOf(item.isAnswer()).equals(authorIsAnswer)) {
            authorIsAnswer = item.isAnswer();
            author.setGraphic(Icons.of(item.isAnswer() ? Feather.ZAP : Feather.USER, "message-author-icon"));
        }
        badge.getStyleClass().removeIf(c -> c.startsWith("badge-"));
        boolean showBadge = item.isAnswer() && item.getStatus() != MessageStatus.COMPLETE;
        badge.setVisible(showBadge);
        badge.setManaged(showBadge);
        badge.setText(texts.status(item.getStatus()));
        badge.getStyleClass().add("badge-" + item.getStatus().name().toLowerCase(Locale.ROOT));
        String wait = texts.waiting(item);
        waiting.setText(wait);
        show(waiting, wait != null);
        String why = texts.failure(item);
        failure.setText(why);
        show(failureRow, why != null);
        show(retry, item.canRetry() && !vm.runningProperty().get());
        String origin = texts.provenance(item);
        provenance.setText(origin);
        show(provenance, origin != null);
        int count = item.alternativesProperty().get();
        show(pagerBox, count > 1);
        pager.setText(m.get("sparring.message.pager", item.alternativeProperty().get(), count));
        previous.setDisable(item.alternativeProperty().get() <= 1 || vm.runningProperty().get());
        next.setDisable(item.alternativeProperty().get() >= count || vm.runningProperty().get());
        show(stop, streaming);
        boolean canPick = strip != null && item.isAnswer() && !streaming && !item.getText().isBlank()
                && !readOnly();
        show(pick, canPick);
        pickItem.setVisible(canPick);
        regenerate.setDisable(streaming || vm.runningProperty().get());
        edit.setDisable(vm.runningProperty().get());
        copy.setDisable(item.getText().isEmpty() && !streaming);
        body.show(item.getText(), streaming);
    }

    private boolean readOnly() {
        return vm.ideas() == null || vm.ideas().readOnly();
    }

    private void pick(MessageItem item) {
        if (strip == null || readOnly() || item.isStreaming()) {
            return;
        }
        new PickIdeasPopOver(vm.ideas(), m, item, body.selectedText()).showBy(pick.isVisible() ? pick : body);
    }

    private void copy(MessageItem item) {
        ClipboardContent content = new ClipboardContent();
        content.putString(item.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void act(java.util.function.Consumer<MessageItem> action) {
        MessageItem item = getItem();
        if (item != null) {
            action.accept(item);
        }
    }

    private Button button(String textKey, String tipKey, Feather icon, String id) {
        Button b = new Button(textKey == null ? null : m.get(textKey), Icons.of(icon));
        b.getStyleClass().addAll("flat", "message-action", id);
        if (tipKey != null) {
            b.setTooltip(new Tooltip(m.get(tipKey)));
            b.setAccessibleText(m.get(tipKey));
        }
        return b;
    }

    private static void show(javafx.scene.Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }
}
