package org.offpiste.export;

/**
 * A CSV file of ideas that cannot be imported. {@link #messageKey()} names a message in the
 * {@code export} bundle; {@link #args()} fill it (the line number first, where there is one).
 */
public final class CsvImportException extends Exception {
    /** What is wrong with the file. */
    public enum Reason {
        EMPTY("export.csv.empty"),
        NO_TITLE_COLUMN("export.csv.noTitleColumn"),
        EMPTY_TITLE("export.csv.emptyTitle"),
        BAD_STATUS("export.csv.badStatus"),
        MALFORMED("export.csv.malformed");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;
    private final long line;
    private final String value;

    public CsvImportException(Reason reason, long line, String value) {
        super(reason + " at line " + line + (value.isEmpty() ? "" : ": " + value));
        this.reason = reason;
        this.line = line;
        this.value = value;
    }

    public Reason reason() {
        return reason;
    }

    /** The 1-based line of the file where the bad row starts (0 when the file as a whole is wrong). */
    public long line() {
        return line;
    }

    public String messageKey() {
        return reason.key;
    }

    /** {0} = line number, {1} = the offending value. */
    public Object[] args() {
        return new Object[] {String.valueOf(line), value};
    }
}
