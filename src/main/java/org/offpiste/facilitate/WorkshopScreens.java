package org.offpiste.facilitate;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;

/**
 * Facilitator mode in a main window: the Workshop menu (Edit agenda…, Run workshop…), the round
 * strip under the header, and the windows of the agenda editor and the facilitator's panel.
 */
public final class WorkshopScreens {
    public static final String EDIT_KEY = "Shortcut+Shift+E";
    public static final String RUN_KEY = "Shortcut+Shift+W";
    private final WorkshopViewModel vm;
    private final Messages m;
    private final Supplier<Window> owner;
    private final RoundStrip strip;
    private WorkshopWindow panel;

    public WorkshopScreens(WorkshopViewModel vm, Messages messages, Supplier<Window> owner) {
        this.vm = vm;
        this.m = messages;
        this.owner = owner;
        this.strip = new RoundStrip(vm, messages);
    }

    public RoundStrip strip() {
        return strip;
    }

    public Menu menu() {
        MenuItem edit = new MenuItem(m.get("workshop.menu.edit"), Icons.of(Feather.LIST));
        edit.setId("menu-workshop-edit");
        edit.setAccelerator(KeyCombination.keyCombination(EDIT_KEY));
        edit.setOnAction(e -> openEditor());
        MenuItem run = new MenuItem(m.get("workshop.menu.run"), Icons.of(Feather.CLOCK));
        run.setId("menu-workshop-run");
        run.setAccelerator(KeyCombination.keyCombination(RUN_KEY));
        run.setOnAction(e -> openPanel());
        run.disableProperty().bind(vm.readOnlyProperty());
        Menu menu = new Menu(m.get("workshop.menu"), null, edit, run);
        menu.setId("menu-workshop");
        return menu;
    }

    public void openEditor() {
        new AgendaEditorWindow(owner.get(), vm.editor(), m).show();
    }

    public void openPanel() {
        if (panel == null || !panel.isShowing()) {
            vm.templates().load();
            panel = new WorkshopWindow(owner.get(), vm, m, this::openEditor);
        }
        panel.show();
    }

    /** Closes the panel and stops the strip (the window's content is rebuilt or closed). */
    public void dispose() {
        strip.dispose();
        if (panel != null) {
            panel.close();
        }
    }
}
