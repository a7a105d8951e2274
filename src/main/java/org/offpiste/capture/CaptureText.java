package org.offpiste.capture;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Texts compared when telling whether an item is already on the board: case, accents, marks and spaces folded. */
final class CaptureText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CaptureText() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Title and body as one normalised text. */
    static String of(String title, String body) {
        return (normalise(title) + " " + normalise(body)).strip();
    }

    /** Title and body as the novelty meter reads them. */
    static String forMeter(String title, String body) {
        return body == null || body.isBlank() ? title : title + "\n" + body;
    }
}
