package org.offpiste.ideation;

import java.util.Locale;
import java.util.Objects;

/**
 * One text in the two languages of the interface, side by side. A person's own technique may be
 * written in one language only: the missing side is empty and {@link #in} falls back to the other.
 */
public record LocalizedText(String en, String fr) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(fr, "fr");
    }

    /** The French text for a French locale, the English one otherwise; the other one when that is empty. */
    public String in(Locale locale) {
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        String wanted = french ? fr : en;
        return wanted.isBlank() ? (french ? en : fr) : wanted;
    }

    /** True when neither language has text. */
    public boolean isBlank() {
        return en.isBlank() && fr.isBlank();
    }
}
