package org.offpiste.board;

import static org.offpiste.board.EditorSections.hide;
import static org.offpiste.board.EditorSections.meta;

import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/**
 * The editor's Versions section: every version, newest first (what made it, who or which model,
 * when, the instruction of a refinement, the idea it came from when merged in); the one selected
 * in full, with Restore and Fork.
 */
final class VersionsPane extends VBox {
    private static final double ROW = 46;
    private static final int ROWS_SHOWN = 5;
    private final VersionsViewModel viewModel;
    private final Messages messages;
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    private final TimeText time;

    VersionsPane(VersionsViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = new TimeText(messages);
        setId("board-versions");
        getStyleClass().addAll(BoardStyles.EDITOR_SECTION, BoardStyles.VERSIONS);
        Label heading = EditorSections.heading(messages, "board.versions.heading", "fth-git-branch");
        Label edited = new Label(messages.get("board.versions.editedByPerson"), new FontIcon("fth-user-check"));
        edited.setId("board-versions-edited");
        edited.getStyleClass().add(BoardStyles.EDITED_MARK);
        edited.setWrapText(true);
        edited.visibleProperty().bind(viewModel.editedByPersonProperty());
        edited.managedProperty().bind(edited.visibleProperty());
        getChildren().addAll(heading, edited, list(), preview(), actions(),
                EditorSections.problem(viewModel.problemProperty(), messages));
    }

    private ListView<IdeaVersion> list() {
        ListView<IdeaVersion> list = new ListView<>(viewModel.getVersions());
        list.setId("board-versions-list");
        list.getStyleClass().add(BoardStyles.VERSION_LIST);
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(Bindings.min(ROWS_SHOWN, Bindings.max(1, Bindings.size(viewModel.getVersions())))
                .multiply(ROW).add(2));
        list.setMinHeight(ROW + 2);
        list.setCellFactory(l -> new VersionCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, a, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (!now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
        });
        return list;
    }

    private VBox preview() {
        Label pick = meta(messages.get("board.versions.pick"));
        Label title = new Label();
        title.setId("board-versions-title");
        title.getStyleClass().add(BoardStyles.VERSION_TITLE);
        title.setWrapText(true);
        Label body = meta("");
        body.setId("board-versions-body");
        Label tags = meta("");
        tags.setId("board-versions-tags");
        VBox box = new VBox(4);
        box.setId("board-versions-preview");
        box.getStyleClass().add(BoardStyles.VERSION_PREVIEW);
        Runnable show = () -> {
            IdeaVersion v = viewModel.selectedProperty().get();
            box.getChildren().setAll(v == null ? java.util.List.of(pick) : java.util.List.of(title, body, tags));
            if (v != null) {
                title.setText(v.title());
                body.setText(v.body());
                hide(body, v.body().isBlank());
                tags.setText(messages.get("board.versions.tags", String.join(", ", v.tags())));
                hide(tags, v.tags().isEmpty());
            }
        };
        viewModel.selectedProperty().addListener((o, a, b) -> show.run());
        show.run();
        return box;
    }

    private FlowPane actions() {
        Button restore = new Button(messages.get("board.versions.restore"), new FontIcon("fth-rotate-ccw"));
        restore.setId("board-versions-restore");
        restore.setTooltip(new Tooltip(messages.get("board.versions.restoreTip")));
        restore.disableProperty().bind(viewModel.canRestoreProperty().not());
        restore.setOnAction(e -> viewModel.restore());
        Button fork = new Button(messages.get("board.versions.fork"), new FontIcon("fth-git-pull-request"));
        fork.setId("board-versions-fork");
        fork.setTooltip(new Tooltip(messages.get("board.versions.forkTip")));
        fork.disableProperty().bind(viewModel.canForkProperty().not());
        fork.setOnAction(e -> viewModel.fork());
        FlowPane row = new FlowPane(8, 6, restore, fork);
        row.setAlignment(Pos.CENTER_LEFT);
        hide(row, viewModel.isReadOnly());
        return row;
    }

    /** For a refused text, who had changed the idea first; for the version it conflicted with, whose edit came in. */
    private String conflictNote(IdeaVersion v) {
        if (v.kind() == VersionKind.CONFLICTED) {
            String first = viewModel.conflictedWith(v).map(IdeaVersion::madeBy).orElse("");
            return first.isBlank() ? messages.get("conflict.versions.noteNoOne")
                    : messages.get("conflict.versions.note", first);
        }
        return viewModel.refusedOver(v).map(IdeaVersion::madeBy).filter(by -> !by.isBlank())
                .map(by -> messages.get("conflict.versions.theirs", by)).orElse("");
    }

    /** "Edited by Camille · 5 min ago", then the instruction of a refinement or the idea it came from. */
    private final class VersionCell extends ListCell<IdeaVersion> {
        private final Label line = new Label();
        private final Label note = new Label();
        private final VBox box = new VBox(2, line, note);

        VersionCell() {
            line.getStyleClass().add(BoardStyles.VERSION_LINE);
            note.getStyleClass().addAll(BoardStyles.EDITOR_META, BoardStyles.VERSION_NOTE);
            getStyleClass().add(BoardStyles.VERSION_CELL);
            setPrefWidth(0); // as wide as the list, never wider: long lines end in "…", no sideways scroll bar
            line.setMinWidth(0);
            note.setMinWidth(0);
        }

        @Override
        protected void updateItem(IdeaVersion v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setGraphic(null);
                setTooltip(null);
                pseudoClassStateChanged(CONFLICT, false);
                return;
            }
            String kind = messages.get(v.kind() == VersionKind.CONFLICTED ? "conflict.versions.kind"
                    : "board.versions.kind." + v.kind().key());
            String when = time.relative(v.createdAt(), Instant.now());
            line.setText(v.madeBy().isBlank() ? messages.get("board.versions.rowNoOne", kind, when)
                    : messages.get("board.versions.row", kind, v.madeBy(), when));
            line.setGraphic(new FontIcon(v.byModel() ? "fth-cpu" : "fth-user"));
            String text = viewModel.isMergedIn(v) ? messages.get("board.versions.mergedIn", v.ideaId())
                    : !v.instruction().isBlank() ? messages.get("board.versions.instruction", v.instruction())
                    : conflictNote(v);
            pseudoClassStateChanged(CONFLICT, viewModel.isInConflict(v));
            note.setText(text);
            hide(note, text.isEmpty());
            setTooltip(new Tooltip(time.absolute(v.createdAt())));
            setGraphic(box);
        }
    }
}
