package org.offpiste.workspace;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.board.BoardView;
import org.offpiste.brief.BriefView;
import org.offpiste.facilitate.WorkshopScreens;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniquesView;
import org.offpiste.judge.JudgeView;
import org.offpiste.models.ModelSettingsDialog;
import org.offpiste.models.ModelSettingsViewModel;
import org.offpiste.teamboard.TeamBoardDialog;
import org.offpiste.teamboard.TeamBoardViewModel;
import org.offpiste.sparring.SparringView;
import org.offpiste.ui.DialogService;

/**
 * The window's content in one language: menus, the header, the three panes and the status bar.
 * A change of language builds a new one over the same view models.
 */
public final class WorkspaceView extends BorderPane {
    public static final String STYLE_CLASS = "workspace";
    private final WorkspaceViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;
    private final MenuView menus;
    private final HeaderPane header;
    private final WorkspaceSplitPane split;
    private final StatusPane status;
    private final NoticePane banner;
    private final OfflineBanner offline;
    private final Subscription subscription;
    private final VBox centre;
    private final WorkshopScreens workshop;
    private BoardView board;
    private JudgeView judge;
    private SparringView sparring;

    public WorkspaceView(WorkspaceViewModel vm, Messages messages, DialogService dialogs, Runnable closeWindow) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        getStyleClass().add(STYLE_CLASS);
        ObservableValue<Node> focus = sceneProperty().flatMap(Scene::focusOwnerProperty);
        menus = new MenuView(vm, messages, new MenuView.Actions() {
            @Override
            public void undo() {
                WorkspaceView.this.undo();
            }

            @Override
            public void redo() {
                WorkspaceView.this.redo();
            }

            @Override
            public void find() {
                WorkspaceView.this.find();
            }

            @Override
            public void closeWindow() {
                closeWindow.run();
            }
        });
        header = new HeaderPane(vm, messages);
        split = new WorkspaceSplitPane(vm.layout(), List.of(
                frame(PaneId.BRIEF, Feather.FILE_TEXT, Feather.CHEVRONS_LEFT, Feather.CHEVRONS_RIGHT),
                frame(PaneId.SPARRING, Feather.ZAP, Feather.MINIMIZE_2, Feather.MAXIMIZE_2),
                frame(PaneId.BOARD, Feather.TRELLO, Feather.CHEVRONS_RIGHT, Feather.CHEVRONS_LEFT)));
        banner = new NoticePane(vm, messages);
        status = new StatusPane(vm, messages);
        VBox.setVgrow(split, Priority.ALWAYS);
        workshop = new WorkshopScreens(vm.workshop(), messages, () -> getScene() == null ? null : getScene().getWindow());
        offline = new OfflineBanner(vm.live(), messages);
        split.disableProperty().bind(vm.live().offlineProperty()); // the board as it was, read-only
        MenuBar bar = menus.build(focus);
        bar.getMenus().add(bar.getMenus().size() - 1, workshop.menu()); // before Help
        setTop(new VBox(bar, header, offline, workshop.strip()));
        centre = new VBox(banner, split);
        setCenter(centre);
        setBottom(status);
        subscription = Subscription.combine(vm.projectProperty().subscribe(this::showProject),
                vm.modelSettings().openProperty().subscribe(this::showModelSettings),
                vm.teamBoards().openProperty().subscribe(this::showTeamBoard),
                vm.layout().decidingProperty().subscribe(this::showScreen),
                vm.busyProperty().subscribe((was, now) -> {
                    if (vm.project().isEmpty()) {
                        showProject(null);
                    }
                }));
    }

    /** Stops following the view models (a new view replaces this one). */
    public void dispose() {
        subscription.unsubscribe();
        if (sparring != null) {
            sparring.dispose();
        }
        disposeJudge();
        workshop.dispose();
        menus.dispose();
        header.dispose();
        split.dispose();
        banner.dispose();
        offline.dispose();
        status.dispose();
    }

    private CollapsiblePane frame(PaneId id, Feather icon, Feather collapse, Feather expand) {
        String title = messages.get("workspace.pane." + id.key());
        return new CollapsiblePane(id, title, icon, collapse, expand, messages.get("ui.pane.collapse", title),
                messages.get("ui.pane.expand", title));
    }

    private void showProject(OpenProject p) {
        if (sparring != null) {
            sparring.dispose();
            sparring = null;
        }
        disposeJudge();
        if (p != null && p.judge() != null) {
            judge = new JudgeView(p.judge(), messages, dialogs);
            judge.disableProperty().bind(vm.live().offlineProperty());
            VBox.setVgrow(judge, Priority.ALWAYS);
        }
        showScreen(vm.layout().decidingProperty().get());
        if (p == null) {
            board = null;
            for (PaneId id : PaneId.values()) {
                Label placeholder = new Label(messages.get(vm.busyProperty().get()
                        ? "workspace.status.opening" : "workspace.status.noProject"));
                placeholder.getStyleClass().add("pane-placeholder");
                split.frame(id).setContent(placeholder);
            }
            return;
        }
        board = new BoardView(p.board(), p.boardInsights(), messages, dialogs);
        split.frame(PaneId.BRIEF).setContent(new BriefView(p.brief(), messages, dialogs));
        split.frame(PaneId.SPARRING).setContent(sparringPane(p));
        split.frame(PaneId.BOARD).setContent(board);
    }

    /** Decide: the judgement screen full width in place of the three panes (which keep their state). */
    private void showScreen(boolean deciding) {
        Node shown = deciding && judge != null ? judge : split;
        if (centre.getChildren().get(1) != shown) {
            centre.getChildren().set(1, shown);
            if (shown == judge) {
                judge.requestFocus(); // the duels' keys reach it wherever the focus was in the panes
            }
        }
        vm.project().map(OpenProject::judge).ifPresent(j -> j.shownProperty().set(shown == judge));
    }

    private void disposeJudge() {
        if (judge != null) {
            judge.dispose();
            judge = null;
        }
    }

    /** The conversation, with the techniques as facilitation cards beside it (alone when there is no sparring). */
    private Node sparringPane(OpenProject p) {
        TechniquesView techniques = new TechniquesView(p.techniques(), messages);
        if (p.sparring() == null) {
            return techniques;
        }
        sparring = new SparringView(p.sparring(), messages, vm.modelSettings()::open);
        Tab chat = new Tab(messages.get("workspace.sparring.tab.chat"), sparring);
        chat.setId("tab-conversation");
        Tab cards = new Tab(messages.get("workspace.sparring.tab.techniques"), techniques);
        cards.setId("tab-techniques");
        TabPane tabs = new TabPane(chat, cards);
        tabs.setId("sparring-tabs");
        tabs.getStyleClass().add("sparring-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private void showModelSettings(ModelSettingsViewModel settings) {
        if (settings == null) {
            return;
        }
        ModelSettingsDialog dialog = new ModelSettingsDialog(getScene() == null ? null : getScene().getWindow(),
                settings, messages);
        dialog.showingProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.modelSettings().closed();
            }
        });
        dialog.show();
    }

    private void showTeamBoard(TeamBoardViewModel board) {
        if (board == null) {
            return;
        }
        TeamBoardDialog dialog = new TeamBoardDialog(getScene() == null ? null : getScene().getWindow(), board,
                messages);
        dialog.showingProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.teamBoards().closed();
            }
        });
        dialog.show();
    }

    void undo() {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl text) {
            text.undo();
        } else {
            vm.undoBoard();
        }
    }

    void redo() {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl text) {
            text.redo();
        } else {
            vm.redoBoard();
        }
    }

    private void find() {
        if (board != null) {
            vm.layout().setCollapsed(PaneId.BOARD, false);
            board.focusSearch();
        }
    }
}
