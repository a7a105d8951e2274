package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;

/** The sparring pane's words exist in English and French, and read well once formatted. */
class SparringBundlesTest {

    @Test
    void bothLanguagesHaveEveryKey() throws Exception {
        Properties en = load("sparring.properties");
        Properties fr = load("sparring_fr.properties");
        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        en.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
        fr.stringPropertyNames().forEach(k -> assertThat(fr.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void theIdeationWordsFormatWithoutStrayQuotesOrBraces() {
        for (Messages m : List.of(new Messages(Messages.ENGLISH), new Messages(Messages.FRENCH))) {
            List<String> formatted = List.of(
                    m.get("sparring.captured.live", 0), m.get("sparring.captured.live", 3),
                    m.get("sparring.captured.done", 1), m.get("sparring.captured.duplicates", 2),
                    m.get("sparring.captured.duplicate", "7", 0.86), m.get("sparring.figures.line", 8, 0.31, 6.2),
                    m.get("sparring.figures.tip", 8), m.get("sparring.visual.one", "Night shift"),
                    m.get("sparring.visual.many", "Night shift", 2), m.get("sparring.pick.add", 2),
                    m.get("sparring.pick.added", 0), m.get("sparring.pick.added", 1), m.get("sparring.pick.added", 3),
                    m.get("sparring.pick.none"), m.get("sparring.composer.pushFurtherTip"),
                    m.get("sparring.tactic.long-shots.tip"), m.get("sparring.visual.show"));
            for (String s : formatted) {
                assertThat(s).as(s).doesNotContain("{").doesNotContain("''");
            }
        }
        assertThat(new Messages(Messages.ENGLISH).get("sparring.pick.added", 3))
                .isEqualTo("3 ideas added to the board’s Inbox.");
        Messages fr = new Messages(Messages.FRENCH);
        assertThat(fr.get("sparring.figures.line", 8, 0.31, 6.2)).isEqualTo("8 idées · similarité 0,31 · ≈ 6,2 distinctes");
        assertThat(fr.get("sparring.figures.tip", 8)).contains("c'est le score de Vendi");
        assertThat(fr.get("sparring.captured.live", 0)).isEqualTo("Recherche d'idées…");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = SparringBundlesTest.class.getResourceAsStream("/org/offpiste/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
