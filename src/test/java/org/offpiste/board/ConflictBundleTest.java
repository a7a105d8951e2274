package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;

/** The conflict bundle is complete in English and French, and its apostrophes survive formatting. */
class ConflictBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ConflictBundleTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        Properties en = load("conflict");
        Properties fr = load("conflict_fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("conflict."));
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
    }

    @Test
    void theMessagesReadRightInBothLanguages() {
        Messages en = new Messages(Messages.ENGLISH);
        Messages fr = new Messages(Locale.FRENCH);
        assertThat(en.get("conflict.bar.message", "Ben"))
                .isEqualTo("Ben changed this idea while you were editing it. Both texts are kept as versions.");
        assertThat(en.get("conflict.versions.theirs", "Camille")).isEqualTo("Current when Camille's edit came in");
        assertThat(fr.get("conflict.bar.message", "Ben")).isEqualTo(
                "Ben a modifié cette idée pendant que vous la modifiiez. Les deux textes sont gardés comme versions.");
        assertThat(fr.get("conflict.versions.note", "Ben")).isEqualTo("Pas en cours : Ben avait modifié l'idée avant");
        assertThat(fr.get("conflict.bar.messageNoOne")).startsWith("Quelqu'un a modifié");
        assertThat(fr.get("conflict.undo")).contains("Quelqu'un d'autre", "l'idée");
        assertThat(fr.get("conflict.bar.useMine")).isEqualTo("Utiliser le mien");
    }
}
