package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.i18n.Messages;

/** The llm bundle: complete in both languages, one sentence per failure, quoting that formats. */
class LlmBundlesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = LlmBundlesTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws Exception {
        Properties en = load("llm");
        Properties fr = load("llm_fr");

        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("llm."));
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
    }

    @ParameterizedTest
    @EnumSource(FailureKind.class)
    void everyFailureIsOneSentenceWithItsArgumentsInBothLanguages(FailureKind kind) {
        LlmFailure failure = new LlmFailure(kind, ProviderKind.OPENAI, "gpt-x", "api.example.com:443", "401: nope");
        for (Messages messages : new Messages[] {new Messages(Messages.ENGLISH), new Messages(Messages.FRENCH)}) {
            String text = messages.describe(failure);

            assertThat(text).doesNotContain("{", "}", "\n").isNotBlank();
            assertThat(text).containsAnyOf("OpenAI", "gpt-x", "api.example.com:443");
            assertThat(text.replace("''", "")).doesNotContain("''");
        }
    }

    @Test
    void apostrophesSurviveFormatting() {
        String fr = new Messages(Messages.FRENCH).describe(
                new LlmFailure(FailureKind.DNS, ProviderKind.GEMINI, "m", "nosuchhost.invalid", ""));
        String none = new Messages(Messages.FRENCH).get("llm.none");
        String key = new Messages(Messages.FRENCH).get("llm.keySource.ENVIRONMENT", "GEMINI_API_KEY");

        assertThat(fr).contains("l'URL de base", "nosuchhost.invalid");
        assertThat(none).startsWith("Aucun modèle n'est joignable");
        assertThat(key).isEqualTo("variable d'environnement GEMINI_API_KEY");
    }

    @ParameterizedTest
    @EnumSource(ProviderKind.class)
    void everyProviderHasADisplayName(ProviderKind kind) {
        assertThat(new Messages(Messages.ENGLISH).has("llm.provider." + kind.id())).isTrue();
        assertThat(new Messages(Messages.FRENCH).has("llm.provider." + kind.id())).isTrue();
    }
}
