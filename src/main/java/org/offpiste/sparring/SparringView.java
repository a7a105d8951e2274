package org.offpiste.sparring;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;

/**
 * The sparring pane: the conversation header, the thread as a virtualised list of messages with
 * selectable Markdown, an empty state that explains the modes, and the composer.
 */
public final class SparringView extends BorderPane {
    public static final String STYLE_CLASS = "sparring";
    private final SparringViewModel vm;
    private final Messages messages;
    private final ListView<MessageItem> list = new ListView<>();
    private final ComposerPane composer;
    private final Subscription subscription;
    private PromptDialog promptDialog;

    /** {@code openSettings} opens the model settings dialog (the header's model badge). */
    public SparringView(SparringViewModel vm, Messages messages, Runnable openSettings) {
        this.vm = vm;
        this.messages = messages;
        vm.setMessages(messages);
        setId("sparring");
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(SparringView.class.getResource("sparring.css").toExternalForm());
        MessageTexts texts = new MessageTexts(messages, vm.techniques(), vm.providerProperty()::get);
        setTop(new ConversationBar(vm, texts, messages, openSettings));

        list.setId("sparring-thread");
        list.getStyleClass().add("thread");
        list.setItems(vm.thread());
        MarkdownCache cache = new MarkdownCache();
        list.setCellFactory(l -> new MessageCell(vm, texts, messages, cache));
        list.setFocusTraversable(false);
        vm.thread().addListener((ListChangeListener<MessageItem>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !vm.thread().isEmpty()) {
                    list.scrollTo(vm.thread().size() - 1);
                }
            }
        });
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(32, 32);
        loading.visibleProperty().bind(vm.loadingProperty());
        ScrollPane empty = new ScrollPane(emptyState());
        empty.getStyleClass().add("sparring-empty-scroll");
        empty.setFitToWidth(true);
        empty.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        empty.visibleProperty().bind(vm.loadingProperty().not().and(
                javafx.beans.binding.Bindings.isEmpty(vm.thread())));
        list.visibleProperty().bind(empty.visibleProperty().not());
        setCenter(new StackPane(list, empty, loading));

        followAnswers();
        composer = new ComposerPane(vm, messages);
        setBottom(composer);
        subscription = vm.shownPromptProperty().subscribe(this::showPrompt);
    }

    /** Stops following the view model (a new view replaces this one). */
    public void dispose() {
        subscription.unsubscribe();
        if (promptDialog != null) {
            promptDialog.close();
        }
    }

    /**
     * While an answer streams, the list follows its end, unless the person scrolls up to read;
     * the next answer follows again.
     */
    private void followAnswers() {
        boolean[] follow = {true};
        vm.runningProperty().subscribe(running -> {
            if (!running && follow[0]) {
                list.layout(); // the ended answer has its failure line and buttons now: show them too
                scrollToEnd();
            }
            follow[0] = true;
        });
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                follow[0] = false;
            }
        });
        vm.textUpdatesProperty().subscribe(n -> {
            if (follow[0] && vm.runningProperty().get()) {
                scrollToEnd();
            }
        });
    }

    private void scrollToEnd() {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollPixels(1e6);
        }
    }

    private VBox emptyState() {
        Label title = new Label(messages.get("sparring.empty.title"), Icons.of(Feather.ZAP, "empty-icon"));
        title.getStyleClass().add("sparring-empty-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(messages.get("sparring.empty.text"));
        text.getStyleClass().add("sparring-empty-text");
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(10, title, text);
        box.setId("sparring-empty");
        box.getStyleClass().add("sparring-empty");
        box.setMaxWidth(560);
        box.setPickOnBounds(false);
        return box;
    }

    private void showPrompt(String prompt) {
        if (prompt == null) {
            return;
        }
        promptDialog = new PromptDialog(getScene() == null ? null : getScene().getWindow(), messages, prompt);
        promptDialog.setOnHidden(e -> {
            promptDialog = null;
            vm.closePrompt();
        });
        promptDialog.show();
    }
}
