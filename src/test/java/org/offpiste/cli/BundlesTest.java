package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's and the export's bundles are complete in English and French. */
class BundlesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cli", "export"})
    void frenchHasEveryEnglishKeyAndNoOther(String bundle) throws Exception {
        Properties en = load(bundle);
        Properties fr = load(bundle + "_fr");

        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith(bundle + "."));
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
    }
}
