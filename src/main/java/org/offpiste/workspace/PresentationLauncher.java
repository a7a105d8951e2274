package org.offpiste.workspace;

import java.time.Clock;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.offpiste.present.PresentationViewModel;
import org.offpiste.present.SlideReader;
import org.offpiste.ui.TaskExecutor;

/**
 * View › Present the Shortlist: the presentation of the open project while one is on screen. It
 * ends with the project (another one opened, the window closed).
 */
public final class PresentationLauncher {
    private final TaskExecutor executor;
    private final ReadOnlyObjectProperty<OpenProject> project;
    private final ReadOnlyObjectWrapper<PresentationViewModel> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    PresentationLauncher(TaskExecutor executor, ReadOnlyObjectProperty<OpenProject> project) {
        this.executor = executor;
        this.project = project;
        project.subscribe((was, now) -> closed());
    }

    /** The presentation on screen; null when there is none. */
    public ReadOnlyObjectProperty<PresentationViewModel> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Starts presenting the open project's Shortlist (nothing happens without a project, or if one is on screen). */
    public void open() {
        OpenProject p = project.get();
        if (p == null || shown.get() != null) {
            return;
        }
        PresentationViewModel vm = new PresentationViewModel(new SlideReader(p.session()), executor, Clock.systemUTC());
        vm.start();
        shown.set(vm);
    }

    /** The presentation left the screen (or must): it stops following the board. */
    public void closed() {
        PresentationViewModel vm = shown.get();
        if (vm != null) {
            shown.set(null);
            vm.dispose();
        }
    }
}
