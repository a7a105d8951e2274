package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;

class TechniqueDrawsTest {
    private final TechniqueLibrary library = TechniqueLibrary.builtIn();

    @Test
    void drawsAreRepeatableWithTheSameSeed() {
        assertThat(sequence(42)).isEqualTo(sequence(42));
        assertThat(sequence(42)).isNotEqualTo(sequence(43));
    }

    @Test
    void aStimulusWordNeverSharesAWordWithTheBrief() {
        List<String> words = library.words(Locale.ENGLISH);
        // A brief that mentions half the word list, with plural and capitalised forms.
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < words.size(); i += 2) {
            notes.append(words.get(i).toUpperCase(Locale.ROOT)).append("s, ");
        }
        Brief brief = Brief.empty().with(BriefField.NOTES, notes.toString());
        TechniqueDraws draws = new TechniqueDraws(library, new Random(3));
        for (int i = 0; i < 300; i++) {
            String word = draws.draw(DrawKind.WORD, brief, Locale.ENGLISH, null).items().get(0);
            assertThat(words.indexOf(word) % 2).as(word).isEqualTo(1);
        }
    }

    @Test
    void frenchWordsIgnoreAccentsWhenAvoidingTheBrief() {
        Brief brief = Brief.empty().with(BriefField.AUDIENCE, "Les amateurs d'ECHELLES et de parapluies");
        TechniqueDraws draws = new TechniqueDraws(library, new Random(5));
        for (int i = 0; i < 500; i++) {
            String word = draws.draw(DrawKind.WORD, brief, Locale.FRENCH, null).items().get(0);
            assertThat(word).isNotIn("échelle", "parapluie");
        }
    }

    @Test
    void threeDistinctPersonasAndANewDrawChangesThemAll() {
        TechniqueDraws draws = new TechniqueDraws(library, new Random(9));
        Draw first = draws.draw(DrawKind.PERSONAS, Brief.empty(), Locale.ENGLISH, null);
        assertThat(first.items()).hasSize(3).doesNotHaveDuplicates();
        Draw again = draws.draw(DrawKind.PERSONAS, Brief.empty(), Locale.ENGLISH, first);
        assertThat(again.items()).hasSize(3).doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void oneConstraintPerRoundAndANewDrawGivesAnotherOne() {
        TechniqueDraws draws = new TechniqueDraws(library, new Random(11));
        Draw previous = null;
        for (int i = 0; i < 50; i++) {
            Draw next = draws.draw(DrawKind.CONSTRAINT, Brief.empty(), Locale.FRENCH, previous);
            assertThat(next.items()).hasSize(1);
            assertThat(library.constraints()).extracting(LocalizedText::fr).contains(next.items().get(0));
            if (previous != null) {
                assertThat(next.items()).isNotEqualTo(previous.items());
            }
            previous = next;
        }
    }

    private List<List<String>> sequence(long seed) {
        TechniqueDraws draws = new TechniqueDraws(library, new Random(seed));
        List<List<String>> out = new ArrayList<>();
        for (DrawKind kind : List.of(DrawKind.WORD, DrawKind.PERSONAS, DrawKind.CONSTRAINT, DrawKind.WORD)) {
            out.add(draws.draw(kind, SampleBriefs.museumLate(), Locale.ENGLISH, null).items());
        }
        return out;
    }
}
