package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offpiste.i18n.Messages;
import org.offpiste.ranking.VoteRuleException;

/** The votes bundle is complete in English and French, tells every rule, and its apostrophes survive. */
class VotesBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = VotesBundleTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        Properties en = load("votes");
        Properties fr = load("votes_fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("votes."));
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
        for (VoteRuleException.Rule rule : VoteRuleException.Rule.values()) {
            assertThat(en).containsKey("votes.rule." + rule.name());
        }
    }

    /** A message with arguments goes through MessageFormat ('' for '); one without is shown as written. */
    @ParameterizedTest
    @ValueSource(strings = {"votes", "votes_fr"})
    void apostrophesSurviveFormatting(String bundle) throws Exception {
        Messages messages = new Messages(bundle.endsWith("_fr") ? Locale.FRENCH : Locale.ENGLISH);
        Properties p = load(bundle);
        for (String key : p.stringPropertyNames()) {
            String raw = p.getProperty(key);
            if (raw.contains("{") || key.startsWith("votes.rule.")) { // rules are always told with their arguments
                boolean numberFirst = raw.contains("{0,choice") || raw.contains("{0,number");
                String shown = numberFirst ? messages.get(key, 3, 2, 1, 7) : messages.get(key, "Soir", 2, 1, "7");
                assertThat(shown).as(key).doesNotContain("{", "''");
                assertThat(raw.replace("''", "").contains("'")).as(key + " has a lone apostrophe").isFalse();
            } else {
                assertThat(raw).as(key).doesNotContain("''");
            }
        }
        assertThat(new Messages(Locale.FRENCH).get("votes.rule.NAME_NEEDED", "Soir", 2, 1, ""))
                .isEqualTo("Donnez le nom du participant pour voter dans «\u00a0Soir\u00a0».");
        assertThat(new Messages(Locale.ENGLISH).get("votes.rule.NAME_NEEDED", "Evening", 2, 1, ""))
                .isEqualTo("Give the participant's name to vote in “Evening”.");
    }
}
