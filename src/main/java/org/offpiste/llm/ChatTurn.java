package org.offpiste.llm;

import java.util.Objects;

/** One message of the conversation as sent to the model. */
public record ChatTurn(Role role, String text) {

    public enum Role { USER, ASSISTANT }

    public ChatTurn {
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
    }

    public static ChatTurn user(String text) {
        return new ChatTurn(Role.USER, text);
    }

    public static ChatTurn assistant(String text) {
        return new ChatTurn(Role.ASSISTANT, text);
    }
}
