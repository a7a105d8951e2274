package org.offpiste.novelty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Salient words: what sets a group apart from the board, matched without accents, shown as written. */
class SalientWordsTest {
    private final SalientWords words = SalientWords.standard();

    private static IdeaText idea(long id, String title, String body) {
        return new IdeaText(id, title, body, null);
    }

    @Test
    void frenchWordsAreMatchedWithoutAccentsAndKeepTheirSpelling() {
        List<IdeaText> group = List.of(
                idea(1, "Télésiège illuminé", "Des lanternes sur chaque télésiège la nuit"),
                idea(2, "Les lanternes du telesiege", "On accroche une lanterne à l'arrivée"),
                idea(3, "Lanternes et étoiles", "Une marche de nuit avec des lanternes"));
        List<IdeaText> board = new java.util.ArrayList<>(group);
        board.add(idea(4, "Fondue au refuge", "Le fromage du village, la nuit"));
        board.add(idea(5, "Raclette en terrasse", "Du fromage de la vallée"));
        List<String> top = words.top(group, board, 3);
        assertThat(top).contains("lanternes", "télésiège");
        assertThat(top).doesNotContain("des", "les", "une", "nuit");
        assertThat(words.name(group, board, 2)).isEqualTo("Lanternes · télésiège");
    }

    @Test
    void stopWordsAndWordsCommonToTheWholeBoardDoNotNameAGroup() {
        List<IdeaText> group = List.of(
                idea(1, "Ski with the lanterns", "A new idea for the ski lift"),
                idea(2, "Lanterns for every ski run", "An idea with the lights"));
        List<IdeaText> board = new java.util.ArrayList<>(group);
        board.add(idea(3, "Ski fondue", "A cheese idea"));
        board.add(idea(4, "Ski race", "For the kids"));
        assertThat(words.top(group, board, 1)).containsExactly("lanterns");
        assertThat(SalientWords.key("Télésièges")).isEqualTo("telesiege");
        assertThat(SalientWords.key("l’Arbre")).isEqualTo("arbre");
    }

    @Test
    void aGroupWithoutWordsHasNoName() {
        List<IdeaText> group = List.of(idea(1, "Les", "et la"), idea(2, "The", "of a"));
        assertThat(words.name(group, group, 3)).isEmpty();
    }
}
