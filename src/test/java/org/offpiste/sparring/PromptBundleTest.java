package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.brief.BriefField;
import org.offpiste.i18n.Messages;

/** The prompt texts exist in both languages, for every mode and every brief field. */
class PromptBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = PromptBundleTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        Properties en = load("prompt");
        Properties fr = load("prompt_fr");

        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("prompt."));
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
    }

    @Test
    void everyModeAndFieldHasItsText() {
        for (Messages m : new Messages[] {new Messages(Messages.ENGLISH), new Messages(Messages.FRENCH)}) {
            for (Mode mode : Mode.values()) {
                assertThat(m.has("prompt.mode." + mode.id() + ".system")).as(mode.id()).isTrue();
                assertThat(mode == Mode.DIVERGE || m.has("prompt.turn." + mode.id())).as(mode.id()).isTrue();
            }
            for (BriefField field : BriefField.values()) {
                assertThat(m.has("prompt.field." + field.key())).as(field.key()).isTrue();
            }
        }
    }
}
