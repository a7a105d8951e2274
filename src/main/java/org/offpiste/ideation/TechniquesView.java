package org.offpiste.ideation;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/**
 * The centre pane: the creative techniques as facilitation cards. The list sits beside the card
 * when the pane is wide and above it when the pane is narrow.
 */
public final class TechniquesView extends BorderPane {
    static final String STYLE_CLASS = "techniques";
    static final double NARROW = 640;
    static final String NARROW_CLASS = "techniques-narrow-pane";
    private final TechniquesViewModel viewModel;
    private final ListView<TechniqueItem> list = new ListView<>();
    private final TechniqueCardView card;
    private final ScrollPane cardScroll;
    private final HBox wide = new HBox();
    private final VBox narrow = new VBox();
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");
    private final PauseTransition hideCopied = new PauseTransition(Duration.seconds(2));
    private final Messages messages;
    /** The editor open now, if any (tests drive it). */
    TechniqueEditorDialog editor;

    public TechniquesView(TechniquesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        viewModel.setMessages(messages);
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(TechniquesView.class.getResource("ideation.css").toExternalForm());
        this.messages = messages;
        setTop(header(messages));

        list.getStyleClass().add("technique-list");
        list.setId("technique-list");
        list.setAccessibleText(messages.get("ideation.list.accessible"));
        list.setItems(viewModel.techniques());
        list.setCellFactory(v -> new TechniqueListCell(compact, messages.get("ideation.own.badge")));
        list.getSelectionModel().select(viewModel.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });

        card = new TechniqueCardView(messages);
        card.drawAgain.setOnAction(e -> viewModel.drawAgain());
        card.copy.setOnAction(e -> copy());
        card.edit.setOnAction(e -> viewModel.editSelected().ifPresent(this::openEditor));
        card.duplicate.setOnAction(e -> viewModel.duplicateSelected());
        card.delete.setOnAction(e -> viewModel.deleteSelected());
        card.showOwn(viewModel.selectedOwnProperty().get());
        viewModel.selectedOwnProperty().addListener((obs, old, now) -> card.showOwn(now));
        hideCopied.setOnFinished(e -> card.copied.setVisible(false));
        cardScroll = new ScrollPane(card);
        cardScroll.getStyleClass().add("technique-card-scroll");
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardScroll.setFocusTraversable(true);
        cardScroll.setAccessibleText(messages.get("ideation.card.accessible"));
        viewModel.cardProperty().addListener((obs, old, now) -> render());
        viewModel.briefEmptyProperty().addListener((obs, old, now) -> card.showEmptyBrief(now));
        render();

        wide.getStyleClass().add("techniques-wide");
        narrow.getStyleClass().add("techniques-narrow");
        widthProperty().addListener((obs, old, now) -> layoutFor(now.doubleValue()));
        layoutFor(getWidth());
    }

    private VBox header(Messages messages) {
        Label title = new Label(messages.get("ideation.title"));
        title.getStyleClass().add("techniques-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button create = TechniqueControls.action(messages, "technique-new", Feather.PLUS, "ideation.action.new");
        create.setOnAction(e -> openEditor(viewModel.newTechnique()));
        Button importing = TechniqueControls.action(messages, "technique-import", Feather.DOWNLOAD,
                "ideation.action.import");
        importing.setOnAction(e -> viewModel.importTechniques());
        Button exporting = TechniqueControls.action(messages, "technique-export", Feather.UPLOAD,
                "ideation.action.export");
        exporting.setOnAction(e -> viewModel.exportTechniques());
        importing.setVisible(viewModel.canShare());
        importing.setManaged(viewModel.canShare());
        exporting.setVisible(viewModel.canShare());
        exporting.setManaged(viewModel.canShare());
        FlowPane actions = new FlowPane(create, importing, exporting);
        actions.getStyleClass().add("techniques-actions");
        Label subtitle = new Label(messages.get("ideation.subtitle"));
        subtitle.getStyleClass().add("techniques-subtitle");
        subtitle.setWrapText(true);
        Label notice = new Label();
        notice.setId("techniques-notice");
        notice.getStyleClass().add("techniques-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox header = new VBox(title, subtitle, actions, notice);
        header.getStyleClass().add("techniques-header");
        return header;
    }

    private void openEditor(TechniqueEditorViewModel vm) {
        TechniqueEditorDialog dialog = new TechniqueEditorDialog(getScene() == null ? null : getScene().getWindow(),
                vm, messages);
        editor = dialog;
        dialog.setOnHidden(e -> {
            if (editor == dialog) {
                editor = null;
            }
            if (Boolean.TRUE.equals(dialog.getResult())) {
                viewModel.save(vm);
            }
        });
        dialog.show();
    }

    private void render() {
        TechniqueCard c = viewModel.getCard();
        card.setVisible(c != null);
        if (c != null) {
            card.show(c, viewModel.briefEmptyProperty().get());
        }
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.copyText());
        Clipboard.getSystemClipboard().setContent(content);
        card.copied.setVisible(true);
        hideCopied.playFromStart();
    }

    private void layoutFor(double width) {
        boolean isNarrow = width > 0 && width < NARROW;
        compact.set(isNarrow);
        if (isNarrow && getCenter() != narrow) {
            wide.getChildren().clear();
            list.getStyleClass().add("technique-list-narrow");
            getStyleClass().add(NARROW_CLASS);
            VBox.setVgrow(cardScroll, Priority.ALWAYS);
            narrow.getChildren().setAll(list, cardScroll);
            setCenter(narrow);
            list.refresh();
        } else if (!isNarrow && getCenter() != wide) {
            narrow.getChildren().clear();
            list.getStyleClass().remove("technique-list-narrow");
            getStyleClass().remove(NARROW_CLASS);
            HBox.setHgrow(cardScroll, Priority.ALWAYS);
            wide.getChildren().setAll(list, cardScroll);
            setCenter(wide);
            list.refresh();
        }
    }
}
