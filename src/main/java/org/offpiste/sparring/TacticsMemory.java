package org.offpiste.sparring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.collections.SetChangeListener;
import org.offpiste.ideation.Tactic;
import org.offpiste.ui.TaskExecutor;

/**
 * Remembers the composer's diversity tactics in the project: read when the project opens, written
 * (in the background) each time the person turns one on or off.
 */
public final class TacticsMemory {
    /** The project setting that keeps them: tactic ids joined by commas ("" for none). */
    public static final String KEY = "sparring.tactics";
    private static final Logger LOG = Logger.getLogger(TacticsMemory.class.getName());
    private final Composer composer;
    private final ConversationStore store;
    private final TaskExecutor executor;
    private boolean reading;

    public TacticsMemory(Composer composer, ConversationStore store, TaskExecutor executor) {
        this.composer = composer;
        this.store = store;
        this.executor = executor;
        executor.run(() -> store.setting(KEY).map(TacticsMemory::parse), kept -> kept.ifPresent(this::show),
                e -> LOG.log(Level.WARNING, "Could not read the project's tactics", e));
        composer.tactics().addListener((SetChangeListener<Tactic>) c -> save());
    }

    static Set<Tactic> parse(String value) {
        Set<Tactic> out = EnumSet.noneOf(Tactic.class);
        Arrays.stream(value.split(",")).map(String::strip).forEach(id -> Arrays.stream(Tactic.values())
                .filter(t -> t.id().equals(id)).forEach(out::add));
        return out;
    }

    static String format(Set<Tactic> tactics) {
        return tactics.stream().sorted().map(Tactic::id).collect(Collectors.joining(","));
    }

    private void show(Set<Tactic> kept) {
        reading = true;
        composer.tactics().retainAll(kept);
        composer.tactics().addAll(kept);
        reading = false;
    }

    private void save() {
        if (reading) {
            return;
        }
        String value = format(composer.tactics());
        executor.run(() -> {
            store.putSetting(KEY, value);
            return null;
        }, done -> { }, e -> LOG.log(Level.WARNING, "Could not keep the project's tactics", e));
    }
}
