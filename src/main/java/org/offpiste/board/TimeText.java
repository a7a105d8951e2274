package org.offpiste.board;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.offpiste.i18n.Messages;

/** Times as a person reads them: "5 min ago", "yesterday", "12 Nov 2026"; and in full for tooltips. */
final class TimeText {
    private final Messages messages;
    private final DateTimeFormatter date;
    private final DateTimeFormatter full;

    TimeText(Messages messages) {
        this.messages = messages;
        ZoneId zone = ZoneId.systemDefault();
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).withZone(zone);
        this.full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
    }

    String relative(Instant when, Instant now) {
        long minutes = Duration.between(when, now).toMinutes();
        if (minutes < 1) {
            return messages.get("board.time.now");
        }
        if (minutes < 60) {
            return messages.get("board.time.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return messages.get("board.time.hours", minutes / 60);
        }
        if (minutes < 7 * 24 * 60) {
            return messages.get("board.time.days", minutes / (24 * 60));
        }
        return date.format(when);
    }

    String absolute(Instant when) {
        return full.format(when);
    }
}
