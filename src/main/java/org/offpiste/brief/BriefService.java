package org.offpiste.brief;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The brief of the open project. Saving while a person keeps typing amends the current
 * version; a pause longer than {@link #BURST} (or a restore, or an import) starts a new one,
 * so the version list reads as the brief's editing sessions. Thread-safe.
 */
public final class BriefService {
    /** Edits closer together than this belong to one version. */
    public static final Duration BURST = Duration.ofMinutes(2);
    private final BriefStore store;
    private final Clock clock;
    private final List<Consumer<BriefVersion>> listeners = new CopyOnWriteArrayList<>();

    public BriefService(BriefStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public BriefService(BriefStore store) {
        this(store, Clock.systemUTC());
    }

    /** Hears every saved change (on the saving thread). */
    public void addListener(Consumer<BriefVersion> listener) {
        listeners.add(listener);
    }

    public Brief current() {
        return store.latest().map(BriefVersion::brief).orElse(Brief.empty());
    }

    public Optional<BriefVersion> currentVersion() {
        return store.latest();
    }

    /** Saves what the person typed; a no-op if nothing changed. */
    public synchronized BriefVersion save(Brief brief) {
        Optional<BriefVersion> latest = store.latest();
        if (latest.isPresent() && latest.get().brief().equals(brief)) {
            return latest.get();
        }
        Instant now = clock.instant();
        BriefVersion saved = latest.isPresent() && now.isBefore(latest.get().updatedAt().plus(BURST))
                ? store.amend(latest.get().id(), brief)
                : store.append(brief);
        fire(saved);
        return saved;
    }

    /** Replaces the brief as a new version (imports: the earlier text stays restorable). */
    public synchronized BriefVersion replace(Brief brief) {
        BriefVersion saved = store.append(brief);
        fire(saved);
        return saved;
    }

    /** Makes an earlier version current again, as a new version (nothing is lost). */
    public synchronized BriefVersion restore(long versionId) {
        BriefVersion v = store.version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No brief version " + versionId));
        return replace(v.brief());
    }

    /**
     * Tells the listeners the brief as stored now, saved by someone else (another client of a team
     * board); a form with changes of its own keeps them.
     */
    public void changedElsewhere() {
        store.latest().ifPresent(this::fire);
    }

    public List<BriefVersion> versions() {
        return store.versions();
    }

    private void fire(BriefVersion v) {
        listeners.forEach(l -> l.accept(v));
    }
}
