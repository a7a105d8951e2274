package org.offpiste.llm;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Takes keys out of text before it goes anywhere a person or a log could see it: every known key
 * value, and anything shaped like a key or a bearer token. Also shortens the text.
 */
final class Redactor {
    static final String MASK = "•••";
    private static final int MAX_LENGTH = 300;
    private static final Pattern KEY_SHAPES = Pattern.compile(
            "(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}|\\b(sk-|sk_|AIza|xai-|gsk_|key-)[A-Za-z0-9_-]{6,}");

    private final List<String> secrets;

    Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(Objects::nonNull).map(String::strip).filter(s -> s.length() >= 4).toList();
    }

    static Redactor of(String... secrets) {
        return new Redactor(java.util.Arrays.asList(secrets));
    }

    /** The text without any key, on one line, at most a few hundred characters. */
    String redact(String text) {
        if (text == null) {
            return "";
        }
        String clean = text;
        for (String secret : secrets) {
            clean = clean.replace(secret, MASK);
        }
        clean = KEY_SHAPES.matcher(clean).replaceAll(m -> m.group(1) != null ? m.group(1) + MASK : MASK);
        clean = clean.replaceAll("\\s+", " ").strip();
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) + "…" : clean;
    }
}
