package org.offpiste.board;

import java.time.Instant;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** The detail editor, a sheet over the board: title, body, tags, status, author and times; Save / Cancel. */
final class IdeaEditorView extends BorderPane {
    private static final double HINT_MIN_WIDTH = 64;
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE_S = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final TextField title = new TextField();

    IdeaEditorView(IdeaEditorViewModel viewModel, Messages messages) {
        this(viewModel, messages, null);
    }

    /** The editor with the engine's sections (provenance, novelty, image prompts) under the fields. */
    IdeaEditorView(IdeaEditorViewModel viewModel, Messages messages, Node details) {
        getStyleClass().add(BoardStyles.EDITOR);
        getStylesheets().add(IdeaEditorView.class.getResource(ConflictBar.STYLESHEET).toExternalForm());
        setId("board-editor");
        boolean ro = viewModel.isReadOnly();

        Label heading = new Label(messages.get(ro ? "board.editor.headingReadOnly" : "board.editor.heading"));
        heading.getStyleClass().add(BoardStyles.EDITOR_HEADING);
        Button close = new Button(null, new FontIcon("fth-x"));
        close.getStyleClass().addAll("button-icon", "flat");
        close.setAccessibleText(messages.get("board.editor.close"));
        close.setOnAction(e -> viewModel.cancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, heading, grow, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(BoardStyles.EDITOR_HEADER);
        setTop(new VBox(header, new ConflictBar(viewModel, messages)));

        title.setId("board-editor-title");
        title.getStyleClass().add(BoardStyles.EDITOR_TITLE);
        title.setPromptText(messages.get("board.editor.title.prompt"));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        title.setEditable(!ro);
        TextArea body = new TextArea();
        body.setId("board-editor-body");
        body.setWrapText(true);
        body.setPrefRowCount(7);
        body.setPromptText(messages.get("board.editor.body.prompt"));
        body.textProperty().bindBidirectional(viewModel.bodyProperty());
        body.setEditable(!ro);
        VBox.setVgrow(body, Priority.ALWAYS);
        TagEditor tags = new TagEditor(viewModel, messages);

        VBox form = new VBox(6,
                label(messages.get("board.editor.title"), title), title,
                label(messages.get("board.editor.status"), null), statusChips(viewModel, messages),
                label(messages.get("board.editor.body"), body), body,
                label(messages.get("board.editor.tags"), tags.input()), tags,
                meta(viewModel, messages));
        if (details != null) {
            form.getChildren().add(form.getChildren().size() - 1, details);
        }
        form.setFillWidth(true);
        form.getStyleClass().add(BoardStyles.EDITOR_FORM);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        HBox footer = new HBox(8);
        footer.getStyleClass().add(BoardStyles.EDITOR_FOOTER);
        footer.setAlignment(Pos.CENTER_RIGHT);
        if (ro) {
            Button done = new Button(messages.get("board.editor.close"));
            done.setOnAction(e -> viewModel.cancel());
            footer.getChildren().add(done);
        } else {
            Button cancel = new Button(messages.get("board.editor.cancel"));
            cancel.setId("board-editor-cancel");
            cancel.setCancelButton(false);
            cancel.setOnAction(e -> viewModel.cancel());
            Button save = new Button(messages.get("board.editor.save"), new FontIcon("fth-check"));
            save.setId("board-editor-save");
            save.getStyleClass().add("accent");
            save.disableProperty().bind(viewModel.canSaveProperty().not());
            save.setOnAction(e -> viewModel.save());
            cancel.setMinWidth(Region.USE_PREF_SIZE);
            save.setMinWidth(Region.USE_PREF_SIZE);
            Label hint = new Label(messages.get("board.editor.saveHint"));
            hint.getStyleClass().add(BoardStyles.EDITOR_META);
            hint.setMinWidth(0);
            hint.setId("board-editor-save-hint");
            hint.setWrapText(true); // wraps onto two lines in a narrow pane rather than cutting off
            // Narrower than a word (French buttons in a narrow pane), it would stand a letter a line: it hides
            // (its tooltip's keys stay on the buttons' shortcuts).
            hint.visibleProperty().bind(hint.widthProperty().greaterThanOrEqualTo(HINT_MIN_WIDTH));
            hint.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(hint, Priority.ALWAYS);
            hint.setTooltip(new Tooltip(messages.get("board.editor.keysHint")));
            footer.getChildren().addAll(hint, cancel, save);
        }
        setBottom(footer);

        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) || SAVE_S.match(e)) {
                viewModel.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.cancel();
                e.consume();
            }
        });
    }

    /** Puts the caret in the title. */
    void focusTitle() {
        title.requestFocus();
        title.end();
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.getStyleClass().add(BoardStyles.EDITOR_LABEL);
        l.setLabelFor(target);
        return l;
    }

    private static FlowPane statusChips(IdeaEditorViewModel viewModel, Messages messages) {
        ToggleGroup group = new ToggleGroup();
        FlowPane row = new FlowPane(6, 6);
        for (IdeaStatus s : IdeaStatus.values()) {
            ToggleButton b = new ToggleButton(messages.get("board.badge." + s.key()), new StatusDotPane(s));
            b.setId("board-editor-status-" + s.key());
            b.getStyleClass().add(BoardStyles.STATUS_CHIP);
            b.setUserData(s);
            b.setToggleGroup(group);
            b.setSelected(viewModel.statusProperty().get() == s);
            b.setDisable(viewModel.isReadOnly() && viewModel.statusProperty().get() != s);
            row.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null || viewModel.isReadOnly()) {
                group.selectToggle(was);
            } else {
                viewModel.statusProperty().set((IdeaStatus) now.getUserData());
            }
        });
        return row;
    }

    private static Label meta(IdeaEditorViewModel viewModel, Messages messages) {
        TimeText time = new TimeText(messages);
        Instant now = Instant.now();
        Label l = new Label(messages.get("board.editor.meta", viewModel.getAuthor(),
                time.absolute(viewModel.getCreatedAt()), time.relative(viewModel.getUpdatedAt(), now)),
                new FontIcon("fth-info"));
        l.getStyleClass().add(BoardStyles.EDITOR_META);
        l.setWrapText(true);
        return l;
    }
}
