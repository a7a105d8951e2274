package org.offpiste.facilitate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.i18n.Messages;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.Project;
import org.offpiste.settings.Settings;
import org.offpiste.ui.TaskExecutor;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.BlockKind;
import org.offpiste.workshop.WorkshopService;
import org.offpiste.workshop.WorkshopState;
import org.offpiste.workshop.WorkshopWatch;

/**
 * The workshop of the window's board: what every window shows of it (the round strip) and what
 * the facilitator drives (the workshop panel). It follows the shared state: the board's feed tells
 * of others' changes, and the state is read again off the UI thread. Every command is written
 * through the board's workshop store at once.
 */
public final class WorkshopViewModel {
    static final String SOUND_SETTING = "workshop.sound";
    private static final Logger LOG = Logger.getLogger(WorkshopViewModel.class.getName());
    private final TaskExecutor executor;
    private final Clock clock;
    private final Supplier<Messages> messages;
    private final Supplier<List<TechniqueChoice>> techniques;
    private final TemplateList templates;
    private final Countdown countdown;
    private final ReadOnlyObjectWrapper<WorkshopState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canReveal = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyIntegerWrapper roundIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<BlockKind> roundKind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObjectProperty<Agenda> chosen = new SimpleObjectProperty<>();
    private final ObservableList<RoundRow> rounds = FXCollections.observableArrayList();
    private WorkshopService service;
    private BoardFeed.Subscription feed = () -> { };
    private final ReadOnlyBooleanWrapper facilitating = new ReadOnlyBooleanWrapper();
    private final List<Consumer<Block>> roundStarts = new ArrayList<>();
    /** The round whose timer was started here (its vote round opened); -1 for none since the round changed. */
    private int startedRound = -1;

    /**
     * @param techniques the techniques a model round can use, named in the person's language
     * @param templates  the facilitator's saved agendas and the built-in ones
     */
    public WorkshopViewModel(TaskExecutor executor, Clock clock, Settings settings, Supplier<Messages> messages,
                             Supplier<List<TechniqueChoice>> techniques, Chime chime, TemplateList templates) {
        this.executor = executor;
        this.clock = clock;
        this.messages = messages;
        this.techniques = techniques;
        this.templates = templates;
        this.countdown = new Countdown(clock, executor, settings, SOUND_SETTING, chime);
    }

    // ---- Properties

    /** A workshop runs on the board (its strip shows). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkshopState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Past the agenda's last round. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running round's time has run out. */
    public ReadOnlyBooleanProperty timeUpProperty() {
        return countdown.timeUpProperty();
    }

    /** A silent round whose ideas are still hidden. */
    public ReadOnlyBooleanProperty canRevealProperty() {
        return canReveal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPreviousProperty() {
        return canPrevious.getReadOnlyProperty();
    }

    /** The board cannot be written (a read-only file): the window follows, it cannot drive. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The round everyone is on (0-based), -1 without a workshop; windows move to its screen when it changes. */
    public ReadOnlyIntegerProperty roundIndexProperty() {
        return roundIndex.getReadOnlyProperty();
    }

    /** The kind of the current round; null without one. */
    public ReadOnlyObjectProperty<BlockKind> roundKindProperty() {
        return roundKind.getReadOnlyProperty();
    }

    /** "Round 2 of 5 · Dot vote". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What to do in this round, with its options. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The countdown, "07:59"; changes at most once a second. */
    public ReadOnlyStringProperty timeProperty() {
        return countdown.timeProperty();
    }

    /** The last command's failure, as a message; null when fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The sound at the end of a round (remembered in the settings). */
    public BooleanProperty soundProperty() {
        return countdown.soundProperty();
    }

    /** The agenda to start when none runs yet. */
    public ObjectProperty<Agenda> chosenProperty() {
        return chosen;
    }

    public ObservableList<RoundRow> rounds() {
        return rounds;
    }

    public TemplateList templates() {
        return templates;
    }

    /** For screens that only show the workshop (presentation mode); empty without a board. */
    public Optional<WorkshopWatch> watch() {
        return Optional.ofNullable(service);
    }

    // ---- Following a board

    /** Follows {@code project}'s workshop (null: none, the window has no board). */
    public void follow(Project project) {
        feed.close();
        feed = () -> { };
        service = null;
        apply(null);
        if (project == null) {
            readOnly.set(true);
            return;
        }
        readOnly.set(project.readOnly());
        WorkshopService s = new WorkshopService(project.workshop(), clock);
        service = s;
        s.addListener(() -> executor.onUi(() -> {
            if (service == s) {
                apply(s.current().orElse(null));
            }
        }));
        boolean fileReadOnly = project.readOnly();
        feed = project.feed().subscribe(new BoardFeed.Listener() {
            @Override
            public void changed() {
                refresh();
            }

            @Override
            public void connection(boolean online) {
                executor.onUi(() -> {
                    if (service == s) {
                        connected(online, fileReadOnly);
                    }
                });
            }
        });
        refresh();
    }

    /**
     * The team board's server went away (the panel cannot drive: read-only) or came back (writable
     * again, an error left from the outage goes, and the round is read again).
     */
    private void connected(boolean online, boolean fileReadOnly) {
        readOnly.set(fileReadOnly || !online);
        if (online) {
            error.set(null);
            refresh();
        }
    }

    /** Reads the board's workshop again, off the UI thread. */
    public void refresh() {
        WorkshopService s = service;
        if (s != null) {
            executor.run(s::refresh, done -> { }, e -> LOG.log(Level.WARNING, "Cannot read the workshop", e));
        }
    }

    /** The facilitator's panel is open on this machine: the end of a round chimes (when the sound is on). */
    public void setFacilitating(boolean value) {
        facilitating.set(value);
    }

    /** This machine drives the workshop (its panel is open). */
    public ReadOnlyBooleanProperty facilitatingProperty() {
        return facilitating.getReadOnlyProperty();
    }

    /** The round everyone is on; empty without a workshop or past its end. */
    public Optional<Block> currentBlock() {
        return state.get() == null ? Optional.empty() : state.get().block();
    }

    /**
     * {@code listener} is told, on the UI thread, when the facilitator here starts a round's timer
     * from its full length (not a resume): a dot vote then opens its vote round.
     */
    public void onRoundStarted(Consumer<Block> listener) {
        roundStarts.add(listener);
    }

    // ---- Commands

    /** Starts {@code agenda} on the board: everyone moves to its first round. */
    public void start(Agenda agenda) {
        command(s -> s.start(agenda));
    }

    /** Starts the chosen agenda. */
    public void startChosen() {
        if (chosen.get() != null) {
            start(chosen.get());
        }
    }

    /** Start, pause or resume the round's timer. */
    public void startOrPause() {
        WorkshopState s = state.get();
        // A first start: the round's full length is left (minutes may have been added before it), and
        // this machine has not started it yet.
        boolean fresh = s != null && !s.running() && startedRound != s.blockIndex()
                && s.block().map(b -> s.remaining().compareTo(b.duration()) >= 0).orElse(false);
        command(w -> running.get() ? w.pause() : w.startTimer(), () -> {
            if (fresh) {
                startedRound = s.blockIndex();
                s.block().ifPresent(b -> roundStarts.forEach(l -> l.accept(b)));
            }
        });
    }

    public void addMinute() {
        command(WorkshopService::addMinute);
    }

    public void next() {
        if (active.get() && !finished.get()) {
            command(WorkshopService::next);
        }
    }

    public void previous() {
        if (canPrevious.get()) {
            command(WorkshopService::previous);
        }
    }

    public void reveal() {
        command(WorkshopService::reveal);
    }

    public void end() {
        command(s -> {
            s.end();
            return null;
        });
    }

    /** Called by the views every frame: the countdown's text (once a second), the end of time, the chime. */
    public void tick() {
        countdown.tick(state.get(), facilitating.get());
    }

    private void command(Function<WorkshopService, ?> work) {
        command(work, () -> { });
    }

    private void command(Function<WorkshopService, ?> work, Runnable then) {
        WorkshopService s = service;
        if (s == null || readOnly.get()) {
            return;
        }
        error.set(null);
        executor.run(() -> work.apply(s), done -> then.run(), e -> {
            LOG.log(Level.WARNING, "Workshop command failed", e);
            error.set(messages.get().get("workshop.error.write"));
        });
    }

    private void apply(WorkshopState s) {
        if (s == null || s.blockIndex() != roundIndex.get()) {
            startedRound = -1;
        }
        state.set(s);
        active.set(s != null);
        RoundTexts texts = new RoundTexts(messages.get(), techniqueName(techniques.get()));
        Optional<Block> block = s == null ? Optional.empty() : s.block();
        finished.set(s != null && block.isEmpty());
        running.set(s != null && s.running());
        canReveal.set(block.map(b -> b.kind() == BlockKind.SILENT_IDEATION).orElse(false) && !s.revealed());
        canPrevious.set(s != null && s.blockIndex() > 0);
        roundKind.set(block.map(Block::kind).orElse(null));
        roundIndex.set(s == null ? -1 : s.blockIndex());
        title.set(texts.title(s));
        hint.set(block.map(texts::hintWithOptions).orElse(""));
        rounds.setAll(texts.rows(s));
        countdown.reset(s);
    }

    /**
     * A new agenda editor, on the running agenda (else the chosen one, else the first template); its
     * "Start on the board" starts the edited agenda here.
     */
    public AgendaEditorViewModel editor() {
        List<TechniqueChoice> list = techniques.get();
        Agenda start = state.get() != null ? state.get().agenda()
                : chosen.get() != null ? chosen.get() : templates.all().get(0);
        templates.load();
        return new AgendaEditorViewModel(messages.get(), techniqueName(list), list, templates, start, this::start);
    }

    private static Function<String, String> techniqueName(List<TechniqueChoice> list) {
        return id -> list.stream().filter(t -> t.id().equals(id)).map(TechniqueChoice::name).findFirst().orElse(id);
    }

    /** Re-reads the texts in the window's (possibly new) language. */
    public void relabel() {
        apply(state.get());
    }

    /** Stops following the board (the window closes). */
    public void dispose() {
        follow(null);
    }
}
