package org.offpiste.brief;

/**
 * A brief as Markdown: the title as a {@code #} heading, one {@code ##} heading per field, in the
 * format of the sample briefs. (Being written by the command-line work stream.)
 */
public final class BriefMarkdown {
    private BriefMarkdown() {
    }

    public static String write(Brief brief) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Reads English or French headings; throws IllegalArgumentException with a one-line reason. */
    public static Brief read(String markdown) {
        throw new UnsupportedOperationException("not written yet");
    }
}
