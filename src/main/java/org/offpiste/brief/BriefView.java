package org.offpiste.brief;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Localizable;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/**
 * The brief pane: a header (save state, history, import, export), banners for a failed save and
 * a read-only project, the completeness meter, and the form.
 */
public final class BriefView extends BorderPane {
    static final String STYLE = "brief-view";
    /** Below this width the header shows icons only. */
    private static final double NARROW = 300;
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final BriefViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    private final BriefFormPane form;

    public BriefView(BriefViewModel viewModel, Messages messages, DialogService dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.form = new BriefFormPane(viewModel, messages);
        getStyleClass().add(STYLE);
        getStylesheets().add(BriefView.class.getResource("brief.css").toExternalForm());
        setMinWidth(0);
        BriefMeterPane meter = new BriefMeterPane(viewModel, messages, form::focus);
        form.mark(viewModel.findings());
        viewModel.findings().addListener((ListChangeListener<BriefFinding>) c ->
                form.mark(viewModel.findings()));
        setTop(new VBox(header(), failureBanner(), readOnlyBanner(), meter));
        setCenter(form);
    }

    /** The control of {@code field} (for tests and the window's "Find"). */
    public Control control(BriefField field) {
        return form.control(field);
    }

    private HBox header() {
        Label state = new Label();
        state.getStyleClass().add("brief-save-state");
        state.setId("brief-save-state");
        state.setMinWidth(0);
        state.textProperty().bind(viewModel.saveStateProperty().map(s -> messages.get("brief.saveState." + s.name())));
        viewModel.saveStateProperty().addListener((obs, old, now) ->
                state.pseudoClassStateChanged(FAILED, now == BriefViewModel.SaveState.FAILED));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button history = button(Feather.CLOCK, "brief.header.history.tooltip", "brief-history");
        history.setText(messages.get("brief.header.history"));
        history.setMinWidth(0);
        history.setOnAction(e -> new BriefHistoryView(viewModel.history(), messages, getScene().getWindow()).show());
        Button importButton = button(Feather.DOWNLOAD, "brief.header.import.tooltip", "brief-import");
        importButton.getStyleClass().add(Styles.BUTTON_ICON);
        importButton.disableProperty().bind(viewModel.readOnlyProperty());
        importButton.setOnAction(e -> importBrief());
        Button export = button(Feather.UPLOAD, "brief.header.export.tooltip", "brief-export");
        export.getStyleClass().add(Styles.BUTTON_ICON);
        export.setOnAction(e -> exportBrief());
        HBox header = new HBox(state, spacer, history, importButton, export);
        history.contentDisplayProperty().bind(header.widthProperty().map(w -> w.doubleValue() < NARROW
                ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
        header.getStyleClass().add("brief-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Button button(Ikon icon, String tooltipKey, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add(Styles.FLAT);
        b.setTooltip(new Tooltip(messages.get(tooltipKey)));
        b.setAccessibleText(messages.get(tooltipKey));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private HBox failureBanner() {
        Label text = new Label();
        text.setWrapText(true);
        text.setId("brief-save-failure");
        text.textProperty().bind(viewModel.saveFailureProperty().map(this::failureText));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button retry = new Button(messages.get("brief.save.retry"));
        retry.setOnAction(e -> viewModel.retry());
        retry.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = banner(new FontIcon(Feather.ALERT_TRIANGLE), text, retry);
        banner.getStyleClass().add("failure");
        banner.visibleProperty().bind(viewModel.saveFailureProperty().isNotNull());
        return banner;
    }

    private HBox readOnlyBanner() {
        Label text = new Label(messages.get("brief.readOnly"));
        text.setWrapText(true);
        HBox banner = banner(new FontIcon(Feather.LOCK), text);
        banner.getStyleClass().add("read-only");
        banner.visibleProperty().bind(viewModel.readOnlyProperty());
        return banner;
    }

    private static HBox banner(Node... children) {
        HBox banner = new HBox(children);
        banner.getStyleClass().add("brief-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private String failureText(Throwable e) {
        if (e instanceof Localizable && messages.has(((Localizable) e).messageKey())) {
            return messages.describe((Localizable) e) + " " + messages.get("brief.save.kept");
        }
        return messages.get("brief.save.failed");
    }

    private void importBrief() {
        dialogs.chooseFileToOpen(messages.get("brief.import.title"), messages.get("brief.import.filter"),
                "*.md", "*.markdown", "*.txt").ifPresent(path -> viewModel.importMarkdown(path, () -> { },
                e -> dialogs.showError(messages.get("brief.import.failedTitle"), importFailure(path, e))));
    }

    private String importFailure(Path path, Throwable e) {
        String name = String.valueOf(path.getFileName());
        if (e instanceof IllegalArgumentException) {
            return messages.get("brief.import.notABrief", name);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return messages.get("brief.import.unreadable", name);
        }
        return e instanceof Localizable ? failureText(e) : messages.get("brief.import.unreadable", name);
    }

    private void exportBrief() {
        dialogs.chooseFileToSave(messages.get("brief.export.title"), viewModel.suggestedFileName(),
                messages.get("brief.import.filter"), "*.md").ifPresent(path -> viewModel.exportMarkdown(path, () -> { },
                e -> dialogs.showError(messages.get("brief.export.failedTitle"),
                        messages.get("brief.export.failed", String.valueOf(path)))));
    }
}
