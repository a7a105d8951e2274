package org.offpiste.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;

/** The brief's texts exist in English and French, for every field, finding and save state. */
class BriefBundleTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BriefBundleTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        assertThat(load("brief_fr").stringPropertyNames()).isEqualTo(load("brief").stringPropertyNames());
    }

    @Test
    void everyFieldFindingAndSaveStateHasATextInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (BriefField f : BriefField.values()) {
            keys.add("brief.field." + f.key() + ".label");
            keys.add("brief.field." + f.key() + ".prompt");
        }
        BriefCheck.check(Brief.empty()).findings().forEach(f -> keys.add(f.key()));
        keys.add("brief.check.objectiveNoNumber");
        keys.add("brief.check.audienceVague");
        keys.add("brief.check.insightShort");
        for (BriefViewModel.SaveState s : BriefViewModel.SaveState.values()) {
            keys.add("brief.saveState." + s.name());
        }
        for (Messages m : List.of(new Messages(Messages.ENGLISH), new Messages(Messages.FRENCH))) {
            assertThat(keys).allSatisfy(k -> assertThat(m.has(k)).as(k).isTrue());
        }
        assertThat(new Messages(Messages.FRENCH).get("brief.check.noInsight")).isEqualTo("Pas encore d'insight sur le public");
        assertThat(new Messages(Messages.FRENCH).get("brief.import.notABrief", "a.md")).startsWith("a.md n'est pas un brief");
    }
}
