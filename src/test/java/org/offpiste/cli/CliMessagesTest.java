package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;

/** The command line's messages name every sort and count the captured ideas right in both languages. */
class CliMessagesTest {
    private final Messages en = new Messages(Locale.ENGLISH);
    private final Messages fr = new Messages(Locale.FRENCH);

    @Test
    void everyListOfSortsNamesNovelty() {
        for (Messages m : new Messages[] {en, fr}) {
            assertThat(m.get("cli.error.badSort", "votes")).contains("novelty");
            assertThat(m.get("cli.help.offpiste.ideas.sort")).contains("novelty");
        }
    }

    @Test
    void aFailedIdeateCountsTheIdeasCapturedBeforeInBothLanguages() {
        assertThat(en.get("cli.ideate.failed", "The model stopped.", 0))
                .isEqualTo("The model stopped. No idea was captured before.");
        assertThat(en.get("cli.ideate.failed", "The model stopped.", 1))
                .isEqualTo("The model stopped. The idea captured before stays on the board.");
        assertThat(en.get("cli.ideate.failed", "The model stopped.", 3))
                .isEqualTo("The model stopped. The 3 ideas captured before stay on the board.");
        assertThat(fr.get("cli.ideate.failed", "Le modèle s'est arrêté.", 0))
                .isEqualTo("Le modèle s'est arrêté. Aucune idée n'a été capturée avant.");
        assertThat(fr.get("cli.ideate.failed", "Le modèle s'est arrêté.", 1))
                .isEqualTo("Le modèle s'est arrêté. L'idée déjà capturée reste sur le tableau.");
        assertThat(fr.get("cli.ideate.failed", "Le modèle s'est arrêté.", 3))
                .isEqualTo("Le modèle s'est arrêté. Les 3 idées déjà capturées restent sur le tableau.");
    }
}
