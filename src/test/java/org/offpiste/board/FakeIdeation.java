package org.offpiste.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineItem;
import org.offpiste.novelty.Novelty;
import org.offpiste.testing.MemoryEngine;

/** The ideation engine as the board sees it, with figures set by the test. Thread-safe. */
final class FakeIdeation extends MemoryEngine {
    BoardIdeation ideation() {
        return new BoardIdeation(this, this, this, this, TechniqueLibrary.builtIn());
    }

    static Novelty measured(long id, Double distance, Long nearest, Double similarity, Long duplicateOf) {
        return new Novelty(id, distance, nearest, similarity, duplicateOf);
    }

    static Baseline baseline(String model, long version, String... titles) {
        List<BaselineItem> items = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            items.add(new BaselineItem(i, titles[i], "", "all-minilm-l6-v2", new float[0]));
        }
        return new Baseline(version, "Ollama", model, "Give me ideas", String.join("\n", titles), Instant.now(), items);
    }

    /** The meter has measured again: its listeners hear it. */
    void fireMeter() {
        fire();
    }
}
