package org.offpiste.facilitate;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.offpiste.settings.Settings;
import org.offpiste.ui.TaskExecutor;
import org.offpiste.workshop.WorkshopService;
import org.offpiste.workshop.WorkshopState;

/**
 * The round's countdown as the strip and the panel show it: its text (changed at most once a
 * second), the end of time, and the chime at the end (when the sound is on, remembered in the
 * settings).
 */
final class Countdown {
    private static final Logger LOG = Logger.getLogger(Countdown.class.getName());
    private final Clock clock;
    private final Chime chime;
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper timeUp = new ReadOnlyBooleanWrapper();
    private final BooleanProperty sound = new SimpleBooleanProperty();
    private long lastLeftMs = -1;

    Countdown(Clock clock, TaskExecutor executor, Settings settings, String soundSetting, Chime chime) {
        this.clock = clock;
        this.chime = chime;
        sound.set(!"off".equals(settings.get(soundSetting).orElse("on")));
        sound.addListener((o, was, now) -> executor.run(() -> { // the settings file: never on the UI thread
            settings.put(soundSetting, now ? "on" : "off");
            return now;
        }, done -> { }, e -> LOG.log(Level.WARNING, "Cannot remember the workshop sound", e)));
    }

    ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty timeUpProperty() {
        return timeUp.getReadOnlyProperty();
    }

    BooleanProperty soundProperty() {
        return sound;
    }

    /** The workshop's state changed ({@code s} null: none): the time left as it is now, not up yet. */
    void reset(WorkshopState s) {
        lastLeftMs = s == null ? -1 : WorkshopService.remaining(s, clock.instant()).toMillis();
        time.set(s == null || s.block().isEmpty() ? "" : RoundTexts.countdown(WorkshopService.remaining(s,
                clock.instant())));
        timeUp.set(false);
    }

    /** A frame: the text follows the time left; when it runs out, {@code chimeHere} and the sound on chime. */
    void tick(WorkshopState s, boolean chimeHere) {
        if (s == null || s.block().isEmpty()) {
            return;
        }
        Duration left = WorkshopService.remaining(s, clock.instant());
        String text = RoundTexts.countdown(left);
        if (!text.equals(time.get())) {
            time.set(text);
        }
        boolean up = s.running() && left.isZero();
        timeUp.set(up);
        if (up && lastLeftMs > 0 && chimeHere && sound.get()) {
            chime.play();
        }
        lastLeftMs = left.toMillis();
    }
}
