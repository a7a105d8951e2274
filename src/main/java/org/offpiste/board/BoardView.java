package org.offpiste.board;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/**
 * The board pane: toolbar and filters on top, the ideas as a virtualised list of cards, empty
 * states, the detail editor as a sheet over the list, and a snackbar for "Idea deleted — Undo".
 */
public final class BoardView extends BorderPane {
    static final double CARD_HEIGHT = 148;
    /** Cards with the novelty meter's line. */
    static final double CARD_HEIGHT_MEASURED = 172;
    private final BoardViewModel viewModel;
    private final BoardInsightsViewModel insights;
    private final java.util.function.Consumer<String> clipboard;
    private final Messages messages;
    private final BoardToolbarPane toolbar;
    private final ListView<Long> list = new ListView<>();
    private final StackPane centre = new StackPane();
    private final SnackbarPane snackbar;
    private final VBox top;
    private IdeaEditorView editorView;
    private IdeaDetailsPane details;
    private Long selectedBeforeChange;
    private int selectedIndexBeforeChange = -1;

    public BoardView(BoardViewModel viewModel, Messages messages, DialogService dialogs) {
        this(viewModel, null, messages, dialogs);
    }

    /** The board with what it shows of the ideation engine ({@code insights} null: none). */
    public BoardView(BoardViewModel viewModel, BoardInsightsViewModel insights, Messages messages, DialogService dialogs) {
        this(viewModel, insights, messages, dialogs, new SystemClipboard());
    }

    BoardView(BoardViewModel viewModel, BoardInsightsViewModel insights, Messages messages, DialogService dialogs,
              java.util.function.Consumer<String> clipboard) {
        this.viewModel = viewModel;
        this.insights = insights;
        this.clipboard = clipboard;
        this.messages = messages;
        if (insights != null) {
            insights.setMessages(messages);
        }
        getStyleClass().add(BoardStyles.PANE);
        getStylesheets().add(BoardView.class.getResource("board.css").toExternalForm());
        setId("board");
        toolbar = new BoardToolbarPane(viewModel, messages);
        top = new VBox(toolbar, new FilterPane(viewModel, messages));
        if (insights != null) {
            top.getChildren().add(new BoardInsightsPane(insights));
        }
        top.getStyleClass().add("board-top");
        setTop(top);

        TimeText time = new TimeText(messages);
        list.setId("board-list");
        list.getStyleClass().add(BoardStyles.LIST);
        boolean measured = insights != null && insights.isAvailable();
        list.setFixedCellSize(measured ? CARD_HEIGHT_MEASURED : CARD_HEIGHT);
        list.setCellFactory(l -> new IdeaCell(viewModel, insights, messages, time));
        viewModel.getIds().addListener((ListChangeListener<Long>) c -> {
            selectedBeforeChange = list.getSelectionModel().getSelectedItem();
            selectedIndexBeforeChange = list.getSelectionModel().getSelectedIndex();
        });
        list.setItems(viewModel.getIds());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Long>) c ->
                viewModel.selectedIds().setAll(list.getSelectionModel().getSelectedItems().stream()
                        .filter(id -> id != null && id >= 0).distinct().toList()));
        viewModel.getIds().addListener((ListChangeListener<Long>) c -> restoreSelection());
        if (measured) {
            insights.shown().activeProperty().addListener((o, a, on) -> showRows(on));
        }
        installKeys(list, viewModel);

        snackbar = new SnackbarPane(messages.get("board.snackbar.close"));
        StackPane.setAlignment(snackbar, Pos.BOTTOM_CENTER);
        centre.getChildren().addAll(list, states(), snackbar);
        setCenter(centre);

        viewModel.revealedProperty().addListener((o, a, id) -> reveal(id));
        viewModel.editorProperty().addListener((o, a, editor) -> showEditor(editor));
        viewModel.lastDeletedProperty().addListener((o, a, idea) -> {
            if (idea != null) {
                snackbar.show(messages.get("board.deleted", idea.title()), false, messages.get("board.undo"),
                        viewModel::undo, viewModel::dismissLastDeleted);
            } else {
                snackbar.hide();
            }
        });
        if (insights != null) {
            insights.mergedProperty().addListener((o, a, idea) -> {
                if (idea != null) {
                    snackbar.show(messages.get("board.merged", idea.title()), false, messages.get("board.undo"),
                            () -> {
                                insights.dismissMerged();
                                viewModel.undo();
                            }, insights::dismissMerged);
                }
            });
            insights.problemProperty().addListener((o, a, text) -> {
                if (text != null) {
                    snackbar.show(text, true, null, () -> { }, insights::dismissProblem);
                }
            });
        }
        viewModel.problemProperty().addListener((o, a, key) -> {
            if (key != null) {
                snackbar.show(messages.get(key), true, null, () -> { }, viewModel::dismissProblem);
            }
        });
    }

    /** Puts the keyboard focus in the search field (Edit › Find). */
    public void focusSearch() {
        toolbar.focusSearch();
    }

    private StackPane states() {
        boolean ro = viewModel.isReadOnly();
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(36, 36);
        EmptyStatePane empty = new EmptyStatePane("board-empty", "fth-feather", messages.get(ro ? "board.empty.readOnly" : "board.empty.title"),
                ro ? null : messages.get("board.empty.text"), null);
        Button clear = new Button(messages.get("board.filters.clear"), new FontIcon("fth-filter"));
        clear.setId("board-no-match-clear");
        clear.setOnAction(e -> viewModel.clearFilters());
        EmptyStatePane noMatch = new EmptyStatePane("board-no-match", "fth-search", messages.get("board.noMatch.title"),
                messages.get("board.noMatch.text"), clear);
        StackPane states = new StackPane(loading, empty, noMatch);
        states.setPickOnBounds(false);
        Runnable show = () -> {
            BoardScreenState s = viewModel.screenStateProperty().get();
            loading.setVisible(s == BoardScreenState.LOADING);
            empty.setVisible(s == BoardScreenState.EMPTY);
            noMatch.setVisible(s == BoardScreenState.NO_MATCH);
            list.setVisible(s == BoardScreenState.READY);
            states.setMouseTransparent(s == BoardScreenState.READY);
        };
        viewModel.screenStateProperty().addListener((o, a, b) -> show.run());
        show.run();
        return states;
    }

    /** Grouped by theme or narrowed to near-duplicates: the list shows the regrouped rows (headers are shorter). */
    private void showRows(boolean regrouped) {
        list.setItems(regrouped ? insights.shown().rows() : viewModel.getIds());
        list.setFixedCellSize(regrouped ? -1 : CARD_HEIGHT_MEASURED);
    }

    private void restoreSelection() {
        if (selectedBeforeChange != null && list.getSelectionModel().getSelectedItem() == null) {
            int i = list.getItems().indexOf(selectedBeforeChange);
            if (i < 0 && list.isFocused() && !list.getItems().isEmpty()) {
                i = Math.min(selectedIndexBeforeChange, list.getItems().size() - 1); // the next one, after a delete
            }
            if (i >= 0) {
                list.getSelectionModel().select(i);
                list.getFocusModel().focus(i);
            }
        }
    }

    private void reveal(Long id) {
        if (id == null) {
            return;
        }
        int i = list.getItems().indexOf(id);
        if (i >= 0) {
            list.getSelectionModel().select(i);
            list.getFocusModel().focus(i);
            list.scrollTo(Math.max(0, i - 1));
        }
    }

    private void showEditor(IdeaEditorViewModel editor) {
        if (editorView != null) {
            centre.getChildren().remove(editorView);
            editorView = null;
        }
        if (details != null) {
            details.dispose();
            details = null;
        }
        if (editor == null) {
            setTop(top);
            list.requestFocus();
            return;
        }
        setTop(null);
        details = insights == null ? null
                : new IdeaDetailsPane(insights.details(editor.getId(), clipboard), viewModel::openEditor);
        editorView = new IdeaEditorView(editor, messages, details);
        centre.getChildren().add(editorView);
        editorView.focusTitle();
    }

    /** 1 for Inbox, 2 for Shortlist, 3 for Parked, 4 for Rejected. */
    private static boolean isStatusKey(KeyCode code, IdeaStatus status) {
        String digit = String.valueOf(status.ordinal() + 1);
        return code.getName().equals(digit) || code.getName().equals("Numpad " + digit);
    }

    /**
     * Keys while the list has the focus: Enter opens the selected idea, Delete (or Backspace)
     * deletes it, 1–4 move it to Inbox, Shortlist, Parked, Rejected. Shortcut+Z is the window's.
     */
    private static void installKeys(ListView<Long> list, BoardViewModel viewModel) {
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Long id = list.getSelectionModel().getSelectedItem();
            if (id == null || id < 0 || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.openEditor(id);
                e.consume();
                return;
            }
            if (viewModel.isReadOnly()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                viewModel.delete(id);
                e.consume();
                return;
            }
            for (IdeaStatus s : IdeaStatus.values()) {
                if (isStatusKey(e.getCode(), s)) {
                    viewModel.setStatus(id, s);
                    e.consume();
                }
            }
        });
    }
}
