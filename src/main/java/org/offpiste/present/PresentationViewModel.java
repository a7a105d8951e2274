package org.offpiste.present;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.BoardFeed;
import org.offpiste.ui.TaskExecutor;

/**
 * Presentation mode: the ideas of the Shortlist (or the Inbox), one at a time or as a grid, with
 * the place of the one shown. Follows the board while it is shown, keeping the idea on screen if it
 * is still there, and the workshop round running on the board (read once a second).
 */
public final class PresentationViewModel {
    private static final Logger LOG = Logger.getLogger(PresentationViewModel.class.getName());
    private static final Duration TICK = Duration.ofSeconds(1);

    /** One idea full screen, or every idea as a grid of large cards. */
    public enum Mode { ONE, GRID }

    /** What the screen shows: the first read is under way, ideas, none, or the board could not be read. */
    public enum State { LOADING, SHOWING, EMPTY, FAILED }

    private final SlideReader reader;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObservableList<Slide> slides = FXCollections.observableArrayList();
    private final ObservableList<Slide> slidesView = FXCollections.unmodifiableObservableList(slides);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<Slide> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.ONE);
    private final ReadOnlyObjectWrapper<IdeaStatus> lane = new ReadOnlyObjectWrapper<>(this, "lane", IdeaStatus.SHORTLIST);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyObjectWrapper<RoundClock> round = new ReadOnlyObjectWrapper<>(this, "round");
    private BoardFeed.Subscription following;
    private TaskExecutor.Cancellable tick;
    private boolean reading;
    private boolean again;
    private boolean disposed;

    public PresentationViewModel(SlideReader reader, TaskExecutor executor, Clock clock) {
        this.reader = reader;
        this.executor = executor;
        this.clock = clock;
    }

    // ---- Properties

    /** The ideas shown, in order. */
    public ObservableList<Slide> slides() {
        return slidesView;
    }

    /** The place of the idea shown (or focused in the grid), from 0; -1 when there is none. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Slide> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The lane presented: the Shortlist, or the Inbox when asked for. */
    public ReadOnlyObjectProperty<IdeaStatus> laneProperty() {
        return lane.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The workshop round running on the board; null when none is. */
    public ReadOnlyObjectProperty<RoundClock> roundProperty() {
        return round.getReadOnlyProperty();
    }

    // ---- Commands

    /** Reads the lane and starts following the board and the workshop. */
    public void start() {
        following = reader.follow(() -> executor.onUi(this::reload));
        reload();
        readWorkshop();
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(slides.size() - 1);
    }

    /** Shows the idea at {@code place} (kept within the list). */
    public void go(int place) {
        if (slides.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(slides.size() - 1, place));
        index.set(i);
        current.set(slides.get(i));
    }

    /** Grid ↔ one idea (the one focused in the grid). */
    public void toggleGrid() {
        mode.set(mode.get() == Mode.ONE ? Mode.GRID : Mode.ONE);
    }

    /** Opens the idea at {@code place} as one idea. */
    public void open(int place) {
        go(place);
        mode.set(Mode.ONE);
    }

    /** Presents the Inbox instead of the Shortlist, or the Shortlist again, from its first idea. */
    public void switchLane() {
        lane.set(lane.get() == IdeaStatus.SHORTLIST ? IdeaStatus.INBOX : IdeaStatus.SHORTLIST);
        slides.clear();
        index.set(-1);
        current.set(null);
        state.set(State.LOADING);
        reload();
    }

    /** Stops following the board and the workshop. */
    public void dispose() {
        disposed = true;
        if (following != null) {
            following.close();
        }
        if (tick != null) {
            tick.cancel();
        }
    }

    // ---- Internals

    /** Reads the lane again; one read at a time, the last request wins. */
    private void reload() {
        if (disposed) {
            return;
        }
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        IdeaStatus wanted = lane.get();
        executor.run(() -> reader.read(wanted), list -> {
            if (readAgain() || wanted != lane.get()) {
                return;
            }
            show(list);
        }, e -> {
            LOG.log(Level.WARNING, "Could not read the ideas to present", e);
            if (!readAgain() && state.get() == State.LOADING) {
                state.set(State.FAILED);
            }
        });
    }

    /** Ends a read; true when another was asked for meanwhile (and is now under way). */
    private boolean readAgain() {
        reading = false;
        if (disposed) {
            return true;
        }
        if (again) {
            again = false;
            reload();
            return true;
        }
        return false;
    }

    private void show(List<Slide> list) {
        Slide was = current.get();
        int at = was == null ? 0 : placeOf(list, was.id());
        if (at < 0) {
            at = Math.min(index.get(), list.size() - 1); // gone: the idea that took its place
        }
        slides.setAll(list);
        if (list.isEmpty()) {
            index.set(-1);
            current.set(null);
            state.set(State.EMPTY);
            return;
        }
        go(Math.max(0, at));
        state.set(State.SHOWING);
    }

    private static int placeOf(List<Slide> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void readWorkshop() {
        if (disposed) {
            return;
        }
        executor.run(reader::workshop, s -> {
            round.set(s.flatMap(w -> RoundClock.of(w, clock)).orElse(null));
            nextTick();
        }, e -> {
            LOG.log(Level.FINE, "Could not read the workshop", e);
            round.set(null);
            nextTick();
        });
    }

    private void nextTick() {
        if (!disposed) {
            tick = executor.onUiLater(TICK, this::readWorkshop);
        }
    }
}
