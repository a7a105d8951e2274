package org.offpiste.brief;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.ui.TaskExecutor;

/**
 * The brief form: one text property per field, bound both ways to the view's controls. Every
 * change is saved in the background at most every {@link #SAVE_DELAY} (the latest text wins, one
 * save at a time); a failed save keeps the text and is retried on the next change or on
 * {@link #retry()}. All methods run on the UI thread except where said.
 */
public final class BriefViewModel {
    /** Where the continuous save stands; the window's status bar shows it. */
    public enum SaveState { SAVED, SAVING, FAILED }

    /** Changes closer together than this go to the store in one save. */
    public static final Duration SAVE_DELAY = Duration.ofMillis(300);

    private final BriefService service;
    private final TaskExecutor executor;
    private final BriefWriter writer;
    private final Map<BriefField, StringProperty> fields = new EnumMap<>(BriefField.class);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyObjectWrapper<Throwable> saveFailure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper completeness = new ReadOnlyIntegerWrapper();
    private final ObservableList<BriefFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<BriefFinding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private Brief saved = Brief.empty();
    private TaskExecutor.Cancellable pending;
    private boolean inFlight;
    private boolean applying;
    private boolean disposed;

    public BriefViewModel(BriefService service, TaskExecutor executor, boolean readOnly) {
        this.service = service;
        this.executor = executor;
        this.writer = new BriefWriter(service);
        this.readOnly = new ReadOnlyBooleanWrapper(readOnly);
        for (BriefField f : BriefField.values()) {
            StringProperty p = new SimpleStringProperty(this, f.key(), "");
            p.addListener((obs, old, now) -> changed());
            fields.put(f, p);
        }
        service.addListener(this::savedElsewhere);
        check();
        executor.run(service::current, this::loaded, this::failed);
    }

    // ---- properties

    /** The text of {@code field}, as typed. */
    public StringProperty fieldProperty(BriefField field) {
        return fields.get(field);
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Why the last save failed (a {@code ProjectException} usually); null once a save succeeds. */
    public ReadOnlyObjectProperty<Throwable> saveFailureProperty() {
        return saveFailure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** False until the brief has been read from the project; the form is not editable before. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** How complete the brief is, 0 to 100. */
    public ReadOnlyIntegerProperty completenessProperty() {
        return completeness.getReadOnlyProperty();
    }

    /** What the brief lacks, most important first. */
    public ObservableList<BriefFinding> findings() {
        return findingsView;
    }

    /** The brief as the form holds it now. */
    public Brief brief() {
        Map<BriefField, String> values = new EnumMap<>(BriefField.class);
        fields.forEach((f, p) -> values.put(f, p.get()));
        return Brief.of(values);
    }

    // ---- commands

    /** Saves now what a failed save could not. */
    public void retry() {
        if (!readOnly.get()) {
            cancelPending();
            saveNow();
        }
    }

    /** Writes any pending change now, on the calling thread (the window is closing). */
    public void flush() {
        cancelPending();
        Brief brief = brief();
        if (readOnly.get() || disposed || !loaded.get() || brief.equals(saved)) {
            return;
        }
        try {
            writer.save(writer.ticket(), brief);
            saved = brief;
            saveFailure.set(null);
            saveState.set(SaveState.SAVED);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** Makes version {@code versionId} current again (after saving what was typed); the form shows it. */
    public void restore(long versionId, Runnable onDone, Consumer<Throwable> onError) {
        Brief typed = brief();
        long ticket = writer.ticket();
        runReplacing(() -> writer.restore(ticket, typed, versionId), onDone, onError);
    }

    /** Replaces the brief by the Markdown file at {@code path}; the earlier brief stays restorable. */
    public void importMarkdown(Path path, Runnable onDone, Consumer<Throwable> onError) {
        Brief typed = brief();
        long ticket = writer.ticket();
        runReplacing(() -> {
            Brief imported = BriefMarkdown.read(Files.readString(path, StandardCharsets.UTF_8));
            return writer.replace(ticket, typed, imported);
        }, onDone, onError);
    }

    /** Writes the brief as the form holds it to {@code path} as Markdown. */
    public void exportMarkdown(Path path, Runnable onDone, Consumer<Throwable> onError) {
        String markdown = BriefMarkdown.write(brief());
        executor.run(() -> Files.writeString(path, markdown, StandardCharsets.UTF_8), p -> onDone.run(), onError);
    }

    /** A file name for an export: the title in lower case with dashes, or "brief.md". */
    public String suggestedFileName() {
        String slug = Normalizer.normalize(fields.get(BriefField.TITLE).get(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "brief" : slug) + ".md";
    }

    /** The versions of the brief, for the history view. */
    public BriefHistoryViewModel history() {
        return new BriefHistoryViewModel(service, executor, readOnly.get(), this::restore);
    }

    public void dispose() {
        cancelPending();
        disposed = true;
    }

    // ---- saving

    private void changed() {
        check();
        if (applying || readOnly.get() || disposed || !loaded.get()) {
            return;
        }
        saveState.set(saveFailure.get() == null ? SaveState.SAVING : SaveState.FAILED);
        if (pending == null && !inFlight) {
            pending = executor.onUiLater(SAVE_DELAY, this::saveNow);
        }
    }

    private void saveNow() {
        pending = null;
        Brief brief = brief();
        if (disposed || inFlight) {
            return;
        }
        if (brief.equals(saved)) {
            saveState.set(saveFailure.get() == null ? SaveState.SAVED : SaveState.FAILED);
            return;
        }
        inFlight = true;
        saveState.set(SaveState.SAVING);
        long ticket = writer.ticket();
        executor.run(() -> {
            writer.save(ticket, brief);
            return brief;
        }, v -> {
            inFlight = false;
            saved = brief;
            saveFailure.set(null);
            afterSave();
        }, e -> {
            inFlight = false;
            failed(e);
        });
    }

    /** A change typed while the last save was running is saved next (latest wins). */
    private void afterSave() {
        if (!brief().equals(saved) && !disposed) {
            pending = executor.onUiLater(SAVE_DELAY, this::saveNow);
        } else {
            saveState.set(SaveState.SAVED);
        }
    }

    private void runReplacing(Callable<BriefVersion> work, Runnable onDone, Consumer<Throwable> onError) {
        if (readOnly.get()) {
            return;
        }
        cancelPending();
        executor.run(work, v -> {
            saveFailure.set(null);
            show(v.brief());
            saveState.set(SaveState.SAVED);
            onDone.run();
        }, onError::accept);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void loaded(Brief brief) {
        show(brief);
        loaded.set(true);
    }

    private void failed(Throwable e) {
        saveFailure.set(e);
        saveState.set(SaveState.FAILED);
    }

    /** Called on the saving thread for every save; shows changes made by someone else (the command line, another pane). */
    private void savedElsewhere(BriefVersion v) {
        if (!writer.isWriting()) {
            executor.onUi(() -> {
                if (!disposed && pending == null && !inFlight && brief().equals(saved)) {
                    show(v.brief());
                }
            });
        }
    }

    private void show(Brief brief) {
        applying = true;
        try {
            fields.forEach((f, p) -> p.set(brief.get(f)));
        } finally {
            applying = false;
        }
        saved = brief;
        check();
    }

    private void check() {
        BriefCheck.Report report = BriefCheck.check(brief());
        completeness.set(report.percent());
        if (!findings.equals(report.findings())) {
            findings.setAll(report.findings());
        }
    }
}
