package org.offpiste.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;

/** The workshop bundle is complete in English and French, and names every block kind. */
class WorkshopBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = WorkshopBundleTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        Properties en = load("workshop");
        Properties fr = load("workshop_fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("workshop."));
        assertThat(en.values()).allMatch(v -> !v.toString().isBlank());
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
    }

    @Test
    void everyBlockKindHasANameAndADescriptionInBothLanguages() throws Exception {
        for (String bundle : new String[] {"workshop", "workshop_fr"}) {
            Properties p = load(bundle);
            for (BlockKind kind : BlockKind.values()) {
                assertThat(p.getProperty(kind.nameKey())).as(bundle + " " + kind).isNotBlank();
                assertThat(p.getProperty(kind.descriptionKey())).as(bundle + " " + kind).isNotBlank();
            }
        }
        Messages fr = new Messages(Locale.FRENCH);
        assertThat(fr.get(BlockKind.DOT_VOTE.nameKey())).isEqualTo("Vote par gommettes");
        assertThat(fr.get(BlockKind.SILENT_IDEATION.descriptionKey())).contains("jusqu'à ce que l'animateur");
    }
}
