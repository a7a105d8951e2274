package org.offpiste.sparring;

import java.util.List;
import org.offpiste.llm.ChatTurn;

/** The exact text sent to the model for one answer. */
public record Prompt(String system, List<ChatTurn> turns) {
    public Prompt {
        turns = List.copyOf(turns);
    }

    /** The whole prompt as one readable text, as "show prompt" displays it and provenance stores it. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        if (!system.isBlank()) {
            out.append("### system\n\n").append(system.strip()).append("\n\n");
        }
        for (ChatTurn turn : turns) {
            out.append("### ").append(turn.role() == ChatTurn.Role.USER ? "user" : "assistant").append("\n\n")
                    .append(turn.text().strip()).append("\n\n");
        }
        return out.toString().strip() + "\n";
    }
}
