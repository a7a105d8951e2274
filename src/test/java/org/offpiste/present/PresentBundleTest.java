package org.offpiste.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.workshop.BlockKind;

/** The presentation's texts are complete in English and French, and its formatted ones read right. */
class PresentBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = PresentBundleTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        Properties en = load("present");
        Properties fr = load("present_fr");

        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("present."));
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
    }

    @Test
    void placeScoreAndRoundAreFormattedInEachLanguage() {
        Messages en = new Messages(Messages.ENGLISH);
        Messages fr = new Messages(Messages.FRENCH);

        assertThat(en.get("present.position", 3, 12)).isEqualTo("3 / 12");
        assertThat(en.get("present.score", 3.66, 2)).isEqualTo("★ 3.7  ·  2 raters");
        assertThat(fr.get("present.score", 3.66, 1)).isEqualTo("★ 3,7  ·  1 personne");
        assertThat(en.get("present.round", en.get(BlockKind.DOT_VOTE.nameKey()), "4:05", 2, 7))
                .isEqualTo("Dot vote  4:05  ·  round 2 of 7");
        assertThat(fr.get("present.failed")).contains("n'a pas");
    }
}
