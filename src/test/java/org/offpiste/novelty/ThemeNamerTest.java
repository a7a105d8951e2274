package org.offpiste.novelty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the names out of a model's answer, whatever shape it takes. */
class ThemeNamerTest {

    @Test
    void aNumberedListWithMarkdownAndExplanationsGivesTheBareNames() {
        String answer = """
                Sure! Here are names for your groups:

                1. **Night lanterns** — ideas about light after dark
                2) Alpine cheese: tastings and meals
                3. Group 3: "Kids on skis"

                I hope this helps.
                """;
        assertThat(ThemeNamer.parse(answer, 3))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, "Night lanterns", 1, "Alpine cheese", 2, "Kids on skis"));
    }

    @Test
    void aJsonArrayOfStringsOrObjectsIsRead() {
        assertThat(ThemeNamer.parse("```json\n[\"Lanternes de nuit\", \"Fromages d'alpage\"]\n```", 2))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, "Lanternes de nuit", 1, "Fromages d'alpage"));
        assertThat(ThemeNamer.parse("[{\"group\": 1, \"name\": \"Night lanterns\"}, {\"name\": \"Cheese\"}]", 2))
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, "Night lanterns", 1, "Cheese"));
    }

    @Test
    void missingTooLongOrOutOfRangeNamesAreLeftOut() {
        String answer = """
                1. Night lanterns
                2. This name is far too long to be the name of a theme at all
                7. Out of range
                """;
        assertThat(ThemeNamer.parse(answer, 3)).containsExactlyEntriesOf(Map.of(0, "Night lanterns"));
        assertThat(ThemeNamer.parse("I cannot help with that.", 2)).isEmpty();
    }
}
