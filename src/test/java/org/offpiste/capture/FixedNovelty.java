package org.offpiste.capture;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.Similar;

/** A novelty meter that answers "nearest" from a function of the text, and counts the changes it hears. */
final class FixedNovelty implements NoveltyMeter {
    private final Function<String, Optional<Similar>> nearest;
    final AtomicInteger changes = new AtomicInteger();

    FixedNovelty(Function<String, Optional<Similar>> nearest) {
        this.nearest = nearest;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void changed() {
        changes.incrementAndGet();
    }

    @Override
    public boolean awaitMeasured(Duration timeout) {
        return true;
    }

    @Override
    public Map<Long, Novelty> novelty(Collection<Long> ideaIds) {
        return Map.of();
    }

    @Override
    public Diversity diversity(Collection<Long> ideaIds) {
        return Diversity.empty();
    }

    @Override
    public Diversity board() {
        return Diversity.empty();
    }

    @Override
    public Optional<Similar> nearest(String text) {
        return nearest.apply(text);
    }

    @Override
    public double duplicateThreshold() {
        return 0.8;
    }

    @Override
    public void addListener(Runnable changed) {
    }

    @Override
    public void removeListener(Runnable changed) {
    }
}
