package org.offpiste.workspace;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.offpiste.i18n.Messages;
import org.offpiste.settings.Settings;

/** The language of the interface: follows the setting (or the system), changes at the person's request. */
public final class LanguageViewModel {
    private final Settings settings;
    private final ReadOnlyObjectWrapper<Messages> messages;

    public LanguageViewModel(Settings settings) {
        this.settings = settings;
        this.messages = new ReadOnlyObjectWrapper<>(new Messages(settings.language()));
    }

    public Messages messages() {
        return messages.get();
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Locale locale() {
        return messages.get().locale();
    }

    /** Switches to {@code locale} (English or French) and remembers it. */
    public void set(Locale locale) {
        Locale supported = Messages.supported(locale);
        settings.setLanguage(supported);
        if (!supported.equals(locale())) {
            messages.set(new Messages(supported));
        }
    }
}
