package org.offpiste.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.ui.TaskExecutor;

/** The versions of the brief, newest first, with what each changed; restores one. */
public final class BriefHistoryViewModel {

    /** One version, the fields it changed from the version before it, and whether it is the current one. */
    public record Entry(BriefVersion version, List<BriefField> changed, boolean current) {
        public Entry {
            changed = List.copyOf(changed);
        }
    }

    /** Makes a version current again; reports a failure to {@code onError}. */
    @FunctionalInterface
    public interface Restorer {
        void restore(long versionId, Runnable onDone, Consumer<Throwable> onError);
    }

    private final BriefService service;
    private final TaskExecutor executor;
    private final Restorer restorer;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canRestore;

    BriefHistoryViewModel(BriefService service, TaskExecutor executor, boolean readOnly, Restorer restorer) {
        this.service = service;
        this.executor = executor;
        this.restorer = restorer;
        this.canRestore = Bindings.createBooleanBinding(
                () -> !readOnly && selected.get() != null && !selected.get().current(), selected);
    }

    public ObservableList<Entry> entries() {
        return entriesView;
    }

    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    /** Why loading or restoring failed; null while all is well. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Reads the versions from the project (in the background); selects the newest. */
    public void load() {
        executor.run(service::versions, versions -> {
            entries.setAll(entries(versions));
            selected.set(entries.isEmpty() ? null : entries.get(0));
        }, failure::set);
    }

    /** Restores the selected version; then the list reloads with the restored copy on top and {@code onDone} runs. */
    public void restoreSelected(Runnable onDone) {
        if (!canRestore.get()) {
            return;
        }
        failure.set(null);
        restorer.restore(selected.get().version().id(), () -> {
            load();
            onDone.run();
        }, failure::set);
    }

    static List<Entry> entries(List<BriefVersion> newestFirst) {
        List<Entry> result = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Brief brief = newestFirst.get(i).brief();
            Brief before = i + 1 < newestFirst.size() ? newestFirst.get(i + 1).brief() : Brief.empty();
            List<BriefField> changed = new ArrayList<>();
            for (BriefField f : BriefField.values()) {
                if (!brief.get(f).equals(before.get(f))) {
                    changed.add(f);
                }
            }
            result.add(new Entry(newestFirst.get(i), changed, i == 0));
        }
        return result;
    }
}
