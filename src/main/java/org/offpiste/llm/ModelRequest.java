package org.offpiste.llm;

import java.util.List;
import java.util.Objects;

/**
 * Everything sent for one answer: the system instructions and the turns, the last of which is
 * the person's. The key is not here: the provider looks it up when it sends.
 */
public record ModelRequest(ProviderSettings provider, String system, List<ChatTurn> turns) {
    public ModelRequest {
        Objects.requireNonNull(provider, "provider");
        system = system == null ? "" : system;
        turns = List.copyOf(turns);
        if (turns.isEmpty() || turns.get(turns.size() - 1).role() != ChatTurn.Role.USER) {
            throw new IllegalArgumentException("the last turn must be the person's");
        }
    }
}
