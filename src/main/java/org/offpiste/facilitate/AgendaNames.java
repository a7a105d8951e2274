package org.offpiste.facilitate;

import javafx.util.StringConverter;
import org.offpiste.workshop.Agenda;

/** An agenda shown by its name in lists and choice boxes. */
final class AgendaNames {
    private AgendaNames() {
    }

    static StringConverter<Agenda> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Agenda agenda) {
                return agenda == null ? "" : agenda.name();
            }

            @Override
            public Agenda fromString(String text) {
                return null;
            }
        };
    }
}
