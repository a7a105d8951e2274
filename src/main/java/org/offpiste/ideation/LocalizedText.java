package org.offpiste.ideation;

import java.util.Locale;
import java.util.Objects;

/** One text in the two languages of the interface, side by side. */
public record LocalizedText(String en, String fr) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(fr, "fr");
    }

    /** The French text for a French locale, the English one otherwise. */
    public String in(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? fr : en;
    }
}
