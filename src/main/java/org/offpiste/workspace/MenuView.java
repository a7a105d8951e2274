package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.export.ExportFormat;
import org.offpiste.i18n.Messages;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.ui.Icons;
import org.offpiste.ui.Theme;

/** The menu bar: File, Edit, View, Help, with their keyboard shortcuts. */
final class MenuView {
    /** Switches between the three panes (Ideate) and the judgement screen (Decide). */
    static final String DECIDE_KEY = "Shortcut+Shift+D";
    /** Presents the Shortlist full screen (the window also takes {@link #PRESENT_KEY_2}). */
    static final String PRESENT_KEY = "F5";
    static final String PRESENT_KEY_2 = "Shortcut+Shift+P";
    /** What the menus ask of the view (things that need the screen: focus, the board's search field). */
    interface Actions {
        void undo();

        void redo();

        void find();

        void closeWindow();
    }

    private final WorkspaceViewModel vm;
    private final Messages m;
    private final Actions actions;
    private final ListChangeListener<Path> recentListener;
    private final Menu recent;
    private final Menu recentBoards;
    private final ListChangeListener<TeamBoardAddress> recentBoardsListener;
    private Subscription subscriptions = Subscription.EMPTY;

    MenuView(WorkspaceViewModel vm, Messages messages, Actions actions) {
        this.vm = vm;
        this.m = messages;
        this.actions = actions;
        this.recent = new Menu(m.get("workspace.menu.file.recent"));
        this.recentListener = c -> fillRecent();
        this.recentBoards = new Menu(m.get("teamboard.menu.recent"));
        this.recentBoardsListener = c -> fillRecentBoards();
    }

    MenuBar build(ObservableValue<Node> focusOwner) {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(focusOwner), viewMenu(), helpMenu());
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac"));
        return bar;
    }

    void dispose() {
        vm.recentProjects().removeListener(recentListener);
        vm.teamBoards().recent().removeListener(recentBoardsListener);
        subscriptions.unsubscribe();
    }

    private Menu fileMenu() {
        MenuItem newItem = item("workspace.menu.file.new", "Shortcut+N", Feather.FILE_PLUS, vm::newProject);
        MenuItem open = item("workspace.menu.file.open", "Shortcut+O", Feather.FOLDER, vm::openProject);
        recent.setId("menu-recent");
        vm.recentProjects().addListener(recentListener);
        fillRecent();
        MenuItem copy = item("workspace.menu.file.saveCopy", "Shortcut+Shift+S", Feather.COPY, vm::saveCopyAs);
        copy.disableProperty().bind(vm.projectProperty().isNull());
        Menu export = exportMenu();
        MenuItem close = item("workspace.menu.file.close", "Shortcut+W", Feather.X, actions::closeWindow);
        MenuItem quit = item("workspace.menu.file.quit", "Shortcut+Q", Feather.POWER, actions::closeWindow);
        Menu file = menu("workspace.menu.file", "menu-file", newItem, open, recent, new SeparatorMenuItem(), copy,
                export, new SeparatorMenuItem(), close, quit);
        teamBoardItems(file, copy);
        return file;
    }

    /**
     * Connect to a Team Board… and its recent boards after Open; Publish to a Team Board… (a file) and
     * Export to a File… (a team board, in place of Save a Copy As…) after the copy.
     */
    private void teamBoardItems(Menu file, MenuItem copy) {
        MenuItem connect = item("teamboard.menu.connect", null, Feather.SERVER, vm.teamBoards()::connect);
        recentBoards.setId("menu-recent-boards");
        vm.teamBoards().recent().addListener(recentBoardsListener);
        fillRecentBoards();
        ObservableValue<Boolean> onBoard = vm.projectProperty()
                .map(p -> p.session().project().teamBoard().isPresent()).orElse(false);
        MenuItem publish = item("teamboard.menu.publish", null, Feather.UPLOAD_CLOUD, vm.teamBoards()::publish);
        publish.disableProperty().bind(vm.projectProperty().isNull().or(BooleanExpression.booleanExpression(onBoard)));
        MenuItem exportBoard = item("teamboard.menu.export", null, Feather.DOWNLOAD, vm::saveCopyAs);
        exportBoard.setId("menu-export-board");
        exportBoard.visibleProperty().bind(BooleanExpression.booleanExpression(onBoard));
        copy.visibleProperty().bind(BooleanExpression.booleanExpression(onBoard).not());
        int afterRecent = file.getItems().indexOf(recent) + 1;
        file.getItems().addAll(afterRecent, List.of(connect, recentBoards));
        int afterCopy = file.getItems().indexOf(copy) + 1;
        file.getItems().addAll(afterCopy, List.of(exportBoard, publish));
    }

    private void fillRecentBoards() {
        recentBoards.getItems().clear();
        for (TeamBoardAddress a : vm.teamBoards().recent()) {
            MenuItem item = new MenuItem(a.display());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.teamBoards().connect(a));
            recentBoards.getItems().add(item);
        }
        if (recentBoards.getItems().isEmpty()) {
            MenuItem none = new MenuItem(m.get("teamboard.menu.recentNone"));
            none.setDisable(true);
            recentBoards.getItems().add(none);
        }
    }

    /** File › Export: Markdown, CSV, JSON, and the Shortlist as a PDF one-pager. */
    private Menu exportMenu() {
        Menu export = menu("export.menu.title", "menu-export");
        export.setGraphic(Icons.of(Feather.SHARE));
        export.disableProperty().bind(vm.projectProperty().isNull());
        for (ExportFormat f : new ExportFormat[] {ExportFormat.PDF, ExportFormat.MARKDOWN, ExportFormat.CSV,
            ExportFormat.JSON}) {
            MenuItem item = new MenuItem(m.get("export.menu." + f.extension()));
            item.setId("menu-export-" + f.extension());
            item.setOnAction(e -> vm.exports().export(f));
            export.getItems().add(item);
            if (f == ExportFormat.PDF) {
                export.getItems().add(new SeparatorMenuItem());
            }
        }
        return export;
    }

    private Menu editMenu(ObservableValue<Node> focusOwner) {
        BooleanBinding textFocused = Bindings.createBooleanBinding(
                () -> focusOwner.getValue() instanceof TextInputControl, focusOwner);
        MenuItem undo = item("workspace.menu.edit.undo", "Shortcut+Z", Feather.CORNER_UP_LEFT, actions::undo);
        undo.disableProperty().bind(textFocused.not().and(vm.canUndoProperty().not()));
        MenuItem redo = item("workspace.menu.edit.redo", "Shortcut+Shift+Z", Feather.CORNER_UP_RIGHT, actions::redo);
        redo.disableProperty().bind(textFocused.not().and(vm.canRedoProperty().not()));
        MenuItem find = item("workspace.menu.edit.find", "Shortcut+F", Feather.SEARCH, actions::find);
        find.disableProperty().bind(vm.projectProperty().isNull());
        MenuItem name = item("workspace.menu.edit.name", null, Feather.USER, vm::changeAuthorName);
        MenuItem models = item("workspace.menu.edit.models", null, Feather.CPU, vm.modelSettings()::open);
        models.setDisable(!vm.modelSettings().available());
        return menu("workspace.menu.edit", "menu-edit", undo, redo, new SeparatorMenuItem(), find,
                new SeparatorMenuItem(), name, models);
    }

    private Menu viewMenu() {
        Menu view = menu("workspace.menu.view", "menu-view");
        int n = 1;
        for (PaneId id : PaneId.values()) {
            CheckMenuItem item = new CheckMenuItem(m.get("workspace.pane." + id.key()));
            item.setId("menu-pane-" + id.key());
            item.disableProperty().bind(vm.layout().decidingProperty());
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + n++));
            subscriptions = subscriptions.and(vm.layout().collapsedProperty(id).subscribe(c -> item.setSelected(!c)));
            item.setOnAction(e -> {
                vm.layout().setCollapsed(id, !item.isSelected());
                item.setSelected(!vm.layout().isCollapsed(id));
            });
            view.getItems().add(item);
        }
        CheckMenuItem decide = new CheckMenuItem(m.get("workspace.menu.view.decide"));
        decide.setId("menu-decide");
        decide.setAccelerator(KeyCombination.keyCombination(DECIDE_KEY));
        decide.disableProperty().bind(vm.projectProperty().map(p -> p.judge() == null).orElse(true));
        subscriptions = subscriptions.and(vm.layout().decidingProperty().subscribe(decide::setSelected));
        decide.setOnAction(e -> {
            vm.layout().decidingProperty().set(!vm.layout().decidingProperty().get());
            decide.setSelected(vm.layout().decidingProperty().get());
        });
        MenuItem present = item("present.menu.present", PRESENT_KEY, Feather.MONITOR, vm.presentation()::open);
        present.disableProperty().bind(vm.projectProperty().isNull());
        view.getItems().addAll(new SeparatorMenuItem(), decide, present);
        Menu theme = menu("workspace.menu.view.theme", "menu-theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(m.get("workspace.menu.view.theme." + t.id()));
            item.setId("menu-theme-" + t.id());
            item.setToggleGroup(themes);
            item.setSelected(vm.themeProperty().get() == t);
            item.setOnAction(e -> vm.setTheme(t));
            theme.getItems().add(item);
        }
        Menu language = menu("workspace.menu.view.language", "menu-language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale l : new Locale[] {Messages.ENGLISH, Messages.FRENCH}) {
            RadioMenuItem item = new RadioMenuItem(m.get("workspace.menu.view.language." + l.getLanguage()));
            item.setId("menu-language-" + l.getLanguage());
            item.setToggleGroup(languages);
            item.setSelected(m.locale().equals(l));
            item.setOnAction(e -> vm.setLanguage(l));
            language.getItems().add(item);
        }
        view.getItems().addAll(new SeparatorMenuItem(), theme, language);
        return view;
    }

    private Menu helpMenu() {
        return menu("workspace.menu.help", "menu-help",
                item("workspace.menu.help.about", null, Feather.INFO, vm::about));
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : vm.recentProjects()) {
            Path folder = p.getParent();
            MenuItem item = new MenuItem(m.get("workspace.menu.file.recentItem", UntitledNames.displayName(p),
                    folder == null ? "" : folder.toString()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.open(p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(m.get("workspace.menu.file.recentNone"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
        MenuItem clear = new MenuItem(m.get("workspace.menu.file.recentClear"));
        clear.setId("menu-recent-clear");
        clear.setDisable(vm.recentProjects().isEmpty());
        clear.setOnAction(e -> vm.clearRecent());
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private MenuItem item(String key, String accelerator, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(m.get(key), icon == null ? null : Icons.of(icon));
        item.setId("menu-" + key.substring(key.lastIndexOf('.') + 1));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private Menu menu(String key, String id, MenuItem... items) {
        Menu menu = new Menu(m.get(key), null, items);
        menu.setId(id);
        return menu;
    }
}
