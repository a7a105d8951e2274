package org.offpiste.export;

import java.util.Locale;

/** The formats ideas are exported in; {@link #PDF} is always the Shortlist's one-pager for a client. */
public enum ExportFormat {
    MARKDOWN("md"), CSV("csv"), JSON("json"), PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension without its dot, also the format's name on the command line ("md"). */
    public String extension() {
        return extension;
    }

    /** True for the formats that only ever hold the Shortlist. */
    public boolean shortlistOnly() {
        return this == PDF;
    }

    /** True for a format whose bytes are not text. */
    public boolean binary() {
        return this == PDF;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
