package org.offpiste.capture;

import java.util.Optional;
import java.util.function.Function;
import org.offpiste.novelty.Similar;
import org.offpiste.testing.MemoryEngine;

/** A novelty meter that answers "nearest" from a function of the text, and counts the changes it hears. */
final class FixedNovelty extends MemoryEngine {
    FixedNovelty(Function<String, Optional<Similar>> nearest) {
        this.nearest = nearest;
    }
}
