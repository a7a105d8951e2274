package org.offpiste.export.pdf;

/**
 * Puts a line of mixed left-to-right and right-to-left text (Hebrew, Arabic) in the order it is
 * seen, since a PDF draws glyphs left to right as they come. Letters are not shaped: Arabic shows
 * its isolated forms.
 */
final class Bidi {
    private Bidi() {
    }

    static String visual(String line) {
        char[] chars = line.toCharArray();
        if (!java.text.Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        java.text.Bidi bidi = new java.text.Bidi(line, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int n = bidi.getRunCount();
        byte[] levels = new byte[n];
        String[] runs = new String[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        java.text.Bidi.reorderVisually(levels, 0, runs, 0, n);
        return String.join("", runs);
    }
}
