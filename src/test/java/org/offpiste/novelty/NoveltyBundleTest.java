package org.offpiste.novelty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;

/** The novelty bundle is complete in English and French, and its patterns format. */
class NoveltyBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = NoveltyBundleTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        Properties en = load("novelty");
        Properties fr = load("novelty_fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("novelty."));
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
    }

    @Test
    void apostrophesSurviveFormatting() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages fr = new Messages(Locale.FRENCH);
        assertThat(en.get("novelty.themes.system", "X")).contains("groups' order").endsWith("X");
        assertThat(fr.get("novelty.themes.system", "X")).contains("groupes d'idées");
        assertThat(en.get("novelty.crowded.item", "Night", en.get("novelty.crowded.example", "Lift")))
                .isEqualTo("Night (e.g. 'Lift')");
        assertThat(fr.get("novelty.crowded.item", "Nuit", fr.get("novelty.crowded.example", "Télésiège")))
                .isEqualTo("Nuit (p. ex. « Télésiège »)");
    }
}
