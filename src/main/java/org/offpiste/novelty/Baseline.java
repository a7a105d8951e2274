package org.offpiste.novelty;

import java.time.Instant;
import java.util.List;

/** The answer to a plain "give me ideas for this brief", for one brief version: what the obvious looks like. */
public record Baseline(long briefVersionId, String provider, String model, String prompt, String answer,
                       Instant createdAt, List<BaselineItem> items) {
    public Baseline {
        items = List.copyOf(items);
    }
}
