package org.offpiste.llm;

import java.util.List;
import java.util.Objects;

/**
 * Takes this call's key, and anything shaped like a key ({@link HttpFailures#redact}), out of
 * text before it goes anywhere a person or a log could see it.
 */
final class Redactor {
    private static final int MAX_LENGTH = 300;

    private final List<String> secrets;

    Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Redactor of(String... secrets) {
        return new Redactor(java.util.Arrays.asList(secrets));
    }

    /** The text with every key masked, otherwise as it was. */
    String clean(String text) {
        return HttpFailures.redact(text, secrets);
    }

    /** The text with every key masked, on one line, at most a few hundred characters. */
    String redact(String text) {
        String line = clean(text).replaceAll("\\s+", " ").strip();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
    }
}
