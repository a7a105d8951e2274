package org.offpiste.export;

import java.io.BufferedReader;
import java.io.IOException;

/** Guesses a CSV file's delimiter from its header row: {@code ,}, {@code ;} (French Excel) or tab. */
final class Delimiters {
    private static final char[] CANDIDATES = {',', ';', '\t'};

    private Delimiters() {
    }

    /** Looks at the first line without consuming it (the reader is reset). */
    static char detect(BufferedReader in, int limit) throws IOException {
        in.mark(limit);
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < limit - 1; i++) {
            int c = in.read();
            if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; k < CANDIDATES.length && !quoted; k++) {
                if (c == CANDIDATES[k]) {
                    counts[k]++;
                }
            }
        }
        in.reset();
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
