package org.offpiste.brief;

import java.util.Locale;
import java.util.Optional;
import org.offpiste.i18n.Messages;

/** The language ideas are produced in: the brief's, when it names French or English; else the interface's. */
public final class BriefLanguage {

    private BriefLanguage() {
    }

    /** French when the brief's language says French, English when it says English, else the interface's language. */
    public static Locale of(Brief brief, Locale interfaceLocale) {
        return named(brief.get(BriefField.LANGUAGE)).orElse(Messages.supported(interfaceLocale));
    }

    /** The prompt language a brief's "language of the ideas" names, if it names one Offpiste writes prompts in. */
    public static Optional<Locale> named(String language) {
        String named = language.strip().toLowerCase(Locale.ROOT);
        if (named.startsWith("fr") || named.contains("français") || named.contains("francais")) {
            return Optional.of(Messages.FRENCH);
        }
        if (named.startsWith("en") || named.contains("anglais") || named.contains("english")) {
            return Optional.of(Messages.ENGLISH);
        }
        return Optional.empty();
    }
}
