package org.offpiste.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as stored in the file: ISO-8601 UTC text with milliseconds ({@code 2026-11-29T01:20:00.000Z}),
 * fixed width so that text order is time order, and readable in any SQLite tool.
 */
final class Times {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private final Clock clock;

    Times(Clock clock) {
        this.clock = clock;
    }

    /** Now, to the millisecond (what the file can hold). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
