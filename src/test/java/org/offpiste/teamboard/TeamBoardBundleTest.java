package org.offpiste.teamboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.project.TlsMode;

/** The team board bundle is complete in English and French, names every TLS mode, and reads as written. */
class TeamBoardBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TeamBoardBundleTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        Properties en = load("teamboard");
        Properties fr = load("teamboard_fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("teamboard."));
        for (TlsMode mode : TlsMode.values()) {
            assertThat(en.getProperty("teamboard.tls." + mode.name())).contains(mode.sslmode());
            assertThat(fr.getProperty("teamboard.tls." + mode.name())).contains(mode.sslmode());
        }
    }

    @Test
    void messagesWithArgumentsKeepTheirApostrophes() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages fr = new Messages(Locale.FRENCH);
        assertThat(en.get("teamboard.publish.notEmpty", "a@b:5432/c")).contains("somebody's work");
        assertThat(fr.get("teamboard.publish.notEmpty", "a@b:5432/c")).contains("tableau d'équipe a@b:5432/c",
                "quelqu'un");
        assertThat(fr.get("teamboard.field.remember")).isEqualTo("Retenir le mot de passe dans le trousseau de cet ordinateur");
        assertThat(fr.get("teamboard.error.unexpected", "x")).contains("n'a pas pu joindre le tableau d'équipe x");
    }
}
