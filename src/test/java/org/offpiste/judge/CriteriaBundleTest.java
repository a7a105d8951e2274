package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;

/** The criteria bundle is complete in English and French, and its patterns format. */
class CriteriaBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CriteriaBundleTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        Properties en = load("criteria");
        Properties fr = load("criteria_fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("criteria."));
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
        for (RatingScope s : RatingScope.values()) {
            assertThat(en).containsKey("criteria.scope." + s.key());
        }
    }

    @Test
    void patternsFormatInBothLanguages() {
        Messages en = new Messages(Messages.ENGLISH);
        Messages fr = new Messages(Messages.FRENCH);
        assertThat(en.get("criteria.table.scoreTooltip", 11.0 / 3, 2)).isEqualTo("Weighted score 3.7 from 2 raters");
        assertThat(en.get("criteria.table.scoreTooltip", 4.0, 1)).isEqualTo("Weighted score 4.0 from 1 rater");
        assertThat(fr.get("criteria.table.scoreTooltip", 11.0 / 3, 2)).isEqualTo("Note pondérée 3,7 donnée par 2 personnes");
        assertThat(en.get("criteria.rename.message", "Cheap")).isEqualTo("New name of 'Cheap':");
        assertThat(fr.get("criteria.weight.tooltip", "Originalité")).startsWith("Combien Originalité compte");
    }
}
