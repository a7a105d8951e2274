package org.offpiste.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves one second each time it is read, so every write gets a distinct time. */
final class StepClock extends Clock {
    private Instant now = Instant.parse("2026-11-29T01:00:00Z");

    @Override
    public synchronized Instant instant() {
        now = now.plusSeconds(1);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
