package org.offpiste.workspace;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;
import org.offpiste.ui.Theme;

/** The band under the menus: the brand, the project's name, and quick buttons for files, panes and theme. */
final class HeaderPane extends HBox {
    static final String STYLE_CLASS = "workspace-header";
    private final Messages messages;
    private final Label project = new Label();
    private Subscription subscriptions = Subscription.EMPTY;

    HeaderPane(WorkspaceViewModel vm, Messages messages) {
        this.messages = messages;
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("brand");
        project.setId("project-name");
        project.getStyleClass().add("project-name");
        project.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button newButton = button(Feather.FILE_PLUS, "workspace.menu.file.new", "Shortcut+N");
        newButton.setOnAction(e -> vm.newProject());
        Button openButton = button(Feather.FOLDER, "workspace.menu.file.open", "Shortcut+O");
        openButton.setOnAction(e -> vm.openProject());
        HBox files = group(newButton, openButton);

        HBox panes = group(paneToggle(vm, PaneId.BRIEF, Feather.FILE_TEXT),
                paneToggle(vm, PaneId.SPARRING, Feather.ZAP), paneToggle(vm, PaneId.BOARD, Feather.TRELLO));
        panes.disableProperty().bind(vm.layout().decidingProperty());

        Button theme = button(Feather.MOON, "workspace.header.theme", null);
        theme.setId("theme-toggle");
        theme.setOnAction(e -> vm.setTheme(vm.themeProperty().get() == Theme.DARK ? Theme.LIGHT : Theme.DARK));

        getChildren().addAll(brand, divider(), project, spacer, modes(vm), divider(), files, divider(), panes, divider(),
                theme);
        subscriptions = subscriptions.and(Subscription.combine(
                vm.projectProperty().subscribe(p -> project.setText(p == null ? "" : p.displayName())),
                vm.themeProperty().subscribe(t -> theme.setGraphic(Icons.of(t == Theme.DARK ? Feather.SUN : Feather.MOON)))));
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    /** Ideate | Decide: the three panes, or the judgement screen full width. */
    private HBox modes(WorkspaceViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton ideate = new ToggleButton(messages.get("workspace.header.ideate"), Icons.of(Feather.ZAP));
        ideate.setId("mode-ideate");
        ToggleButton decide = new ToggleButton(messages.get("workspace.header.decide"), Icons.of(Feather.AWARD));
        decide.setId("mode-decide");
        decide.setTooltip(new Tooltip(messages.get("workspace.header.decideTip") + "  ("
                + javafx.scene.input.KeyCombination.keyCombination(MenuView.DECIDE_KEY).getDisplayText() + ")"));
        ideate.getStyleClass().add("left-pill");
        decide.getStyleClass().add("right-pill");
        for (ToggleButton t : new ToggleButton[] {ideate, decide}) {
            t.setToggleGroup(group);
            t.setFocusTraversable(false);
            t.getStyleClass().add("mode-toggle");
            t.disableProperty().bind(vm.projectProperty().map(p -> p.judge() == null).orElse(true));
        }
        Runnable sync = () -> {
            ideate.setSelected(!vm.layout().decidingProperty().get());
            decide.setSelected(vm.layout().decidingProperty().get());
        };
        ideate.setOnAction(e -> {
            vm.layout().decidingProperty().set(false);
            sync.run();
        });
        decide.setOnAction(e -> {
            vm.layout().decidingProperty().set(true);
            sync.run();
        });
        subscriptions = subscriptions.and(vm.layout().decidingProperty().subscribe(d -> sync.run()));
        HBox box = new HBox(ideate, decide);
        box.setId("mode-switch");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private ToggleButton paneToggle(WorkspaceViewModel vm, PaneId id, Ikon icon) {
        ToggleButton t = new ToggleButton(null, Icons.of(icon));
        t.setId("toggle-" + id.key());
        t.getStyleClass().addAll("flat", "button-icon", "pane-toggle");
        t.setFocusTraversable(false);
        t.setTooltip(new Tooltip(messages.get("workspace.header.togglePane", messages.get("workspace.pane." + id.key()))));
        subscriptions = subscriptions.and(vm.layout().collapsedProperty(id).subscribe(c -> t.setSelected(!c)));
        t.setOnAction(e -> {
            vm.layout().setCollapsed(id, !t.isSelected());
            t.setSelected(!vm.layout().isCollapsed(id));
        });
        return t;
    }

    private Button button(Ikon icon, String tipKey, String shortcut) {
        Button b = new Button(null, Icons.of(icon));
        b.getStyleClass().addAll("flat", "button-icon");
        b.setFocusTraversable(false);
        String tip = messages.get(tipKey);
        b.setTooltip(new Tooltip(shortcut == null ? tip : tip + "  ("
                + javafx.scene.input.KeyCombination.keyCombination(shortcut).getDisplayText() + ")"));
        return b;
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add("header-group");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Separator divider() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("header-divider");
        return s;
    }
}
