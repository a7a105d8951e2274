package org.offpiste.novelty;

import java.util.List;

/** A group of the board's ideas found from their embeddings, in the board's order of themes. */
public record Theme(long id, String name, NamedBy namedBy, List<Long> ideaIds) {
    public Theme {
        ideaIds = List.copyOf(ideaIds);
    }

    /** Who named it: a model, the group's salient words, or a person who renamed it. */
    public enum NamedBy {
        MODEL, WORDS, PERSON
    }
}
