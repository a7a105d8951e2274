package org.offpiste.ideation;

import java.util.Optional;

/** What a technique draws at random for each round, and the placeholder its texts use for it. */
public enum DrawKind {
    /** Nothing drawn. */
    NONE(null),
    /** One stimulus word, far from the brief. */
    WORD("stimulus"),
    /** Three ordinary personas. */
    PERSONAS("personas"),
    /** One extra constraint. */
    CONSTRAINT("constraint");

    private final String placeholder;

    DrawKind(String placeholder) {
        this.placeholder = placeholder;
    }

    /** The placeholder name (without braces) that shows the draw in a step, if any. */
    public Optional<String> placeholder() {
        return Optional.ofNullable(placeholder);
    }

    /** The kind whose placeholder is {@code name}, if any. */
    public static Optional<DrawKind> ofPlaceholder(String name) {
        for (DrawKind kind : values()) {
            if (name.equals(kind.placeholder)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
