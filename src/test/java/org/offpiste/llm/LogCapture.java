package org.offpiste.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects every java.util.logging record (langchain4j's arrive through SLF4J) while installed. */
final class LogCapture extends Handler implements AutoCloseable {
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Level previous;

    /** Captures from this level up; {@code Level.ALL} includes the JDK's own debug records. */
    LogCapture(Level level) {
        previous = root.getLevel();
        setLevel(level);
        root.setLevel(level);
        root.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Every record as text: logger, message, parameters and stack trace. */
    String text() {
        return text(Level.ALL);
    }

    /** The records at this level or above, as text. */
    String text(Level atLeast) {
        StringBuilder all = new StringBuilder();
        for (LogRecord r : records) {
            if (r.getLevel().intValue() < atLeast.intValue()) {
                continue;
            }
            all.append(r.getLevel()).append(' ').append(r.getLoggerName()).append(' ').append(r.getMessage());
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    all.append(' ').append(p);
                }
            }
            for (Throwable t = r.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                all.append("\n").append(t);
                for (StackTraceElement e : t.getStackTrace()) {
                    all.append("\n\tat ").append(e);
                }
            }
            all.append('\n');
        }
        return all.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
        root.setLevel(previous);
    }
}
