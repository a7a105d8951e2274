package org.offpiste.board;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.ui.TaskExecutor;

/**
 * The Refine control of one idea: presets and the person's own instruction, the answer as it
 * arrives (coalesced: at most one hand-off to the UI thread in flight), Stop, and then the new
 * version (the editor opens again on it) with Undo, or why nothing changed. Without a model it
 * says so and offers the model settings; in a read-only project it does nothing.
 */
public final class RefineViewModel {
    private static final Logger LOG = Logger.getLogger(RefineViewModel.class.getName());
    private final long ideaId;
    private final RefineSupport support;
    private final BoardViewModel board;
    private final BoardService service;
    private final TaskExecutor executor;
    private final Supplier<Messages> messages;
    private final boolean readOnly;
    private final StringBuilder arriving = new StringBuilder();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final ChangeListener<ProviderSettings> providerChanged = (o, was, now) -> useProvider(now);
    private long runs;
    private Refinement running;
    private boolean stopAsked;

    // Properties
    private final ReadOnlyObjectWrapper<RefineState> state = new ReadOnlyObjectWrapper<>(this, "state", RefineState.READY);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper model = new ReadOnlyStringWrapper(this, "model", "");
    private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(this, "undoable");
    private final StringProperty custom = new SimpleStringProperty(this, "custom", "");
    private final ReadOnlyBooleanWrapper canRefine = new ReadOnlyBooleanWrapper(this, "canRefine");
    private final ReadOnlyBooleanWrapper canRefineCustom = new ReadOnlyBooleanWrapper(this, "canRefineCustom");

    RefineViewModel(long ideaId, RefineSupport support, BoardViewModel board, BoardService service,
                    TaskExecutor executor, Supplier<Messages> messages) {
        this.ideaId = ideaId;
        this.support = support;
        this.board = board;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.readOnly = board.isReadOnly();
        canRefine.bind(Bindings.createBooleanBinding(() -> state.get() == RefineState.READY
                || state.get() == RefineState.DONE || state.get() == RefineState.FAILED, state));
        canRefineCustom.bind(canRefine.and(Bindings.createBooleanBinding(() -> !custom.get().isBlank(), custom)));
        if (readOnly) {
            state.set(RefineState.READ_ONLY);
            return;
        }
        support.takeRefined(ideaId).ifPresent(this::showRefined);
        support.provider().ifPresentOrElse(p -> {
            p.addListener(new WeakChangeListener<>(providerChanged));
            useProvider(p.getValue());
        }, () -> executor.run(() -> support.refiner().settings(), this::useProvider,
                e -> LOG.log(Level.FINE, "The provider could not be read", e)));
    }

    // Properties

    public ReadOnlyObjectProperty<RefineState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The answer so far, while it arrives (and after it ended, until the next refinement). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** What is going on or what happened, in words ("Refining: For TikTok…", "Nothing changed. …"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Ollama · llama3.2", or "" when no model is chosen. */
    public ReadOnlyStringProperty modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** True right after a refinement, until the board changes again: Undo brings the earlier version back. */
    public ReadOnlyBooleanProperty undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    /** The person's own instruction. */
    public StringProperty customProperty() {
        return custom;
    }

    public ReadOnlyBooleanProperty canRefineProperty() {
        return canRefine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRefineCustomProperty() {
        return canRefineCustom.getReadOnlyProperty();
    }

    public List<RefinePreset> presets() {
        return List.of(RefinePreset.values());
    }

    /** The preset's label in the interface's language. */
    public String label(RefinePreset preset) {
        return messages.get().get("refine.preset." + preset.key());
    }

    // Commands

    public void refine(RefinePreset preset) {
        start(RefineInstruction.of(preset), label(preset));
    }

    /** Refines with the person's own words. */
    public void refineCustom() {
        if (canRefineCustom.get()) {
            String words = custom.get().strip();
            start(RefineInstruction.custom(words), words);
        }
    }

    /** Stops the answer: nothing changes. */
    public void stop() {
        if (state.get() != RefineState.RUNNING) {
            return;
        }
        stopAsked = true;
        if (running != null) {
            running.stop();
        }
    }

    public void openSettings() {
        support.openSettings();
    }

    /** The board's Undo: the earlier version comes back, and the editor shows it. */
    public void undo() {
        if (!undoable.get()) {
            return;
        }
        undoable.set(false);
        executor.run(() -> {
            service.undo();
            return Boolean.TRUE;
        }, done -> {
            state.set(RefineState.READY);
            message.set("");
            reopen();
        }, e -> failed(messages.get().get("refine.notSaved"), e));
    }

    // Internals

    private void start(RefineInstruction instruction, String label) {
        if (!canRefine.get()) {
            return;
        }
        board.flushEditor(); // the model rewrites what the editor holds, written first
        long run = ++runs;
        synchronized (arriving) {
            arriving.setLength(0);
        }
        running = null;
        stopAsked = false;
        undoable.set(false);
        text.set("");
        message.set(messages.get().get("refine.running", label));
        state.set(RefineState.RUNNING);
        RefineListener listener = new RefineListener() {
            @Override
            public void text(String delta) {
                synchronized (arriving) {
                    arriving.append(delta);
                }
                if (!flushQueued.getAndSet(true)) {
                    executor.onUi(() -> flush(run));
                }
            }

            @Override
            public void ended(RefineResult result) {
                executor.onUi(() -> finished(run, result));
            }
        };
        executor.run(() -> support.refiner().refine(ideaId, instruction, listener), handle -> {
            if (run == runs && state.get() == RefineState.RUNNING) {
                running = handle;
                if (stopAsked) {
                    handle.stop();
                }
            }
        }, e -> {
            if (run == runs) {
                failed(messages.get().get(e instanceof IllegalArgumentException ? "refine.gone" : "refine.notSaved"), e);
            }
        });
    }

    private void flush(long run) {
        flushQueued.set(false);
        if (run == runs) {
            synchronized (arriving) {
                text.set(arriving.toString());
            }
        }
    }

    private void finished(long run, RefineResult result) {
        if (run != runs) {
            return;
        }
        flush(run);
        running = null;
        Messages m = messages.get();
        switch (result.kind()) {
            case REFINED -> {
                support.refined(result);
                showRefined(result);
                reopen();
            }
            case NO_MODEL -> {
                state.set(RefineState.NO_MODEL);
                message.set(m.get("refine.noModel"));
            }
            case STOPPED -> ended(m.get("refine.stopped"));
            case FAILED -> ended(result.failure() == null ? m.get("refine.notSaved")
                    : m.get("refine.failed", m.describe(result.failure())));
            case UNREADABLE -> ended(m.get("refine.unreadable"));
            case GONE -> ended(m.get("refine.gone"));
            case CONFLICT -> ended(m.get("conflict.refine"));
            default -> ended(m.get("refine.notSaved"));
        }
    }

    private void showRefined(RefineResult result) {
        state.set(RefineState.DONE);
        message.set(messages.get().get("refine.done", result.instruction(), result.madeBy()));
        undoable.set(true);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            service.removeChangeListener(once[0]);
            executor.onUi(() -> undoable.set(false));
        };
        service.addChangeListener(once[0]);
    }

    /** Opens the editor again on the idea as it is now, if it is the one open. */
    private void reopen() {
        IdeaEditorViewModel open = board.editorProperty().get();
        if (open != null && open.getId() == ideaId) {
            board.openEditor(ideaId);
        }
    }

    private void ended(String why) {
        state.set(RefineState.FAILED);
        message.set(why);
    }

    private void failed(String why, Throwable error) {
        LOG.log(Level.WARNING, "Refine failed", error);
        running = null;
        ended(why);
    }

    private void useProvider(ProviderSettings settings) {
        boolean none = settings == null || settings.model().isBlank();
        model.set(none ? "" : IdeaRefiner.madeBy(settings));
        RefineState s = state.get();
        if (none && (s == RefineState.READY || s == RefineState.FAILED)) {
            state.set(RefineState.NO_MODEL);
            message.set(messages.get().get("refine.noModel"));
        } else if (!none && s == RefineState.NO_MODEL) {
            state.set(RefineState.READY);
            message.set("");
        }
    }
}
