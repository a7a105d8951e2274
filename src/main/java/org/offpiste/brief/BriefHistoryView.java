package org.offpiste.brief;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.offpiste.brief.BriefHistoryViewModel.Entry;
import org.offpiste.i18n.Messages;

/** The versions of the brief in a dialog: the list, a read-only preview of the selected one, and Restore. */
final class BriefHistoryView {
    static final String STYLE = "brief-history";
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final BriefHistoryViewModel viewModel;
    private final Messages messages;
    private final DateTimeFormatter time;
    private final Dialog<Void> dialog = new Dialog<>();
    private final VBox preview = new VBox();

    BriefHistoryView(BriefHistoryViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("brief.history.title"));
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().add(BriefHistoryView.class.getResource("brief.css").toExternalForm());
        pane.getStyleClass().add(STYLE);
        pane.setHeaderText(null);
        ButtonType restore = new ButtonType(messages.get("brief.history.restore"), ButtonData.OTHER);
        pane.getButtonTypes().setAll(restore, new ButtonType(messages.get("brief.history.close"), ButtonData.CANCEL_CLOSE));
        pane.setContent(content());
        pane.setPrefSize(800, 580);
        pane.setMinWidth(720);
        Button restoreButton = (Button) pane.lookupButton(restore);
        restoreButton.setId("brief-history-restore");
        restoreButton.disableProperty().bind(viewModel.canRestoreProperty().not());
        restoreButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.restoreSelected(dialog::close);
        });
        viewModel.load();
    }

    void show() {
        dialog.show();
    }

    private VBox content() {
        Label intro = new Label(messages.get("brief.history.header"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("brief-history-intro");
        Label failure = new Label(messages.get("brief.history.failed"));
        failure.getStyleClass().add("brief-history-failure");
        failure.visibleProperty().bind(viewModel.failureProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());
        ListView<Entry> list = new ListView<>(viewModel.entries());
        list.setId("brief-history-list");
        list.setPlaceholder(new Label(messages.get("brief.history.empty")));
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            list.getSelectionModel().select(now);
            showPreview(now);
        });
        preview.getStyleClass().add("brief-history-preview");
        preview.setId("brief-history-preview");
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, previewScroll);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(intro, failure, split);
        box.getStyleClass().add("brief-history-content");

        return box;
    }

    private void showPreview(Entry entry) {
        preview.getChildren().clear();
        if (entry == null) {
            return;
        }
        Brief brief = entry.version().brief();
        if (brief.isEmpty()) {
            preview.getChildren().add(new Label(messages.get("brief.history.emptyBrief")));
        }
        for (BriefField f : BriefField.values()) {
            if (brief.get(f).isBlank()) {
                continue;
            }
            Label name = new Label(fieldName(f));
            name.getStyleClass().add("brief-history-field");
            name.pseudoClassStateChanged(CHANGED, entry.changed().contains(f));
            Label text = new Label(brief.get(f));
            text.setWrapText(true);
            text.getStyleClass().add("brief-history-text");
            preview.getChildren().add(new VBox(name, text));
        }
    }

    private String fieldName(BriefField f) {
        return messages.get("brief.field." + f.key() + ".label");
    }

    private String changes(Entry entry) {
        return entry.changed().isEmpty() ? messages.get("brief.history.noChange")
                : messages.get("brief.history.changed",
                        entry.changed().stream().map(this::fieldName).collect(Collectors.joining(", ")));
    }

    private static final double CELL_INSETS = 40;

    /** One version: when, a "Current" badge, and the fields it changed. */
    private final class EntryCell extends ListCell<Entry> {
        EntryCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Label when = new Label(time.format(entry.version().updatedAt()));
            when.getStyleClass().add("brief-history-time");
            when.setMinWidth(Region.USE_PREF_SIZE);
            FlowPane top = new FlowPane(when);
            top.getStyleClass().add("brief-history-top");
            if (entry.current()) {
                Label badge = new Label(messages.get("brief.history.current"));
                badge.getStyleClass().add("brief-history-badge");
                badge.setMinWidth(Region.USE_PREF_SIZE);
                top.getChildren().add(badge);
            }
            Label changed = new Label(changes(entry));
            changed.setWrapText(true);
            changed.setMinHeight(Region.USE_PREF_SIZE);
            // A wrapping label in a list cell needs a width to compute its height from.
            changed.prefWidthProperty().bind(getListView().widthProperty().subtract(CELL_INSETS));
            changed.getStyleClass().add("brief-history-changed");
            VBox box = new VBox(top, changed);
            box.getStyleClass().add("brief-history-cell");
            box.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
        }
    }
}
