package org.offpiste.board;

import java.time.Instant;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/**
 * The editor's Comments section: each comment with its author and time (and the idea it was written
 * on when merged in), Delete after a yes in place; a field and Add (Ctrl/Cmd+Enter).
 */
final class CommentsPane extends VBox {
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private final CommentsViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final VBox list = new VBox(8);

    CommentsPane(CommentsViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = new TimeText(messages);
        setId("board-comments");
        getStyleClass().addAll(BoardStyles.EDITOR_SECTION, BoardStyles.COMMENTS);
        Label heading = EditorSections.heading(messages, "board.comments.heading", "fth-message-square");
        list.setId("board-comments-list");
        getChildren().addAll(heading, list);
        if (!viewModel.isReadOnly()) {
            getChildren().add(composer());
        }
        getChildren().add(EditorSections.problem(viewModel.problemProperty(), messages));
        viewModel.getComments().addListener((javafx.collections.ListChangeListener<IdeaComment>) c -> showComments());
        viewModel.confirmingProperty().addListener((o, a, b) -> showComments());
        showComments();
    }

    private void showComments() {
        list.getChildren().clear();
        if (viewModel.getComments().isEmpty()) {
            Label none = new Label(messages.get("board.comments.empty"));
            none.getStyleClass().add(BoardStyles.EDITOR_META);
            list.getChildren().add(none);
            return;
        }
        Instant now = Instant.now();
        for (IdeaComment c : viewModel.getComments()) {
            list.getChildren().add(row(c, now));
        }
    }

    private VBox row(IdeaComment c, Instant now) {
        String meta = messages.get("board.comments.meta", c.author().isBlank() ? "?" : c.author(),
                time.relative(c.createdAt(), now));
        if (viewModel.isMergedIn(c)) {
            meta = meta + " · " + messages.get("board.comments.mergedIn", c.ideaId());
        }
        Label who = new Label(meta);
        who.getStyleClass().add(BoardStyles.EDITOR_META);
        who.setTooltip(new Tooltip(time.absolute(c.createdAt())));
        who.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(6, who, grow);
        top.setAlignment(Pos.CENTER_LEFT);
        if (!viewModel.isReadOnly()) {
            Button delete = new Button(null, new FontIcon("fth-trash-2"));
            delete.getStyleClass().addAll("button-icon", "flat", BoardStyles.COMMENT_DELETE);
            delete.setAccessibleText(messages.get("board.comments.delete"));
            delete.setTooltip(new Tooltip(messages.get("board.comments.delete")));
            delete.setOnAction(e -> viewModel.askDelete(c));
            top.getChildren().add(delete);
        }
        Label body = new Label(c.body());
        body.setWrapText(true);
        body.getStyleClass().add(BoardStyles.COMMENT_BODY);
        VBox row = new VBox(2, top, body);
        row.getStyleClass().add(BoardStyles.COMMENT);
        if (Long.valueOf(c.id()).equals(viewModel.confirmingProperty().get())) {
            row.getChildren().add(confirm());
        }
        return row;
    }

    private HBox confirm() {
        Label ask = new Label(messages.get("board.comments.confirm"));
        ask.setWrapText(true);
        Button yes = new Button(messages.get("board.comments.confirmYes"));
        yes.setId("board-comments-confirm-delete");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> viewModel.confirmDelete());
        Button no = new Button(messages.get("board.comments.confirmNo"));
        no.setOnAction(e -> viewModel.cancelDelete());
        HBox box = new HBox(8, ask, yes, no);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(BoardStyles.COMMENT_CONFIRM);
        return box;
    }

    private VBox composer() {
        TextArea field = new TextArea();
        field.setId("board-comments-field");
        field.setWrapText(true);
        field.setPrefRowCount(2);
        field.setPromptText(messages.get("board.comments.prompt"));
        field.textProperty().bindBidirectional(viewModel.textProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD.match(e)) { // the comment's, not the editor's Save
                viewModel.add();
                e.consume();
            }
        });
        Button add = new Button(messages.get("board.comments.add"), new FontIcon("fth-send"));
        add.setId("board-comments-add");
        add.setTooltip(new Tooltip(messages.get("board.comments.addTip")));
        add.disableProperty().bind(viewModel.canAddProperty().not());
        add.setOnAction(e -> viewModel.add());
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(8, field, add);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return new VBox(row);
    }

}
