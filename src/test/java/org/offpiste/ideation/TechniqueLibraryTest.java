package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;

class TechniqueLibraryTest {
    private final TechniqueLibrary library = TechniqueLibrary.builtIn();

    @Test
    void builtInLibraryHoldsAtLeastTenTechniquesWithTheOnesOfTheDesign() {
        assertThat(library.techniques()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(library.techniques()).extracting(Technique::id).contains(
                "scamper", "reverse", "random-stimulus", "personas", "constraints", "crazy-8s",
                "how-might-we", "six-hats", "lotus-blossom", "morphological-matrix");
    }

    @Test
    void everyTextExistsInEnglishAndFrenchAndTheyDiffer() {
        for (Technique t : library.techniques()) {
            for (LocalizedText text : t.texts()) {
                assertThat(text.en()).as(t.id()).isNotBlank();
                assertThat(text.fr()).as(t.id()).isNotBlank();
            }
            assertThat(t.summary().fr()).as("French summary of %s is translated", t.id()).isNotEqualTo(t.summary().en());
            assertThat(t.steps()).as(t.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(t.minutes()).isPositive();
        }
    }

    @Test
    void everyPlaceholderIsKnownAndStepsUseTheSamePlaceholdersInBothLanguages() {
        for (Technique t : library.techniques()) {
            for (LocalizedText text : t.texts()) {
                assertThat(Placeholders.names(text.en())).allMatch(Placeholders::isKnown);
                assertThat(Placeholders.names(text.fr()))
                        .as("%s: same placeholders in \"%s\"", t.id(), text.en())
                        .containsExactlyInAnyOrderElementsOf(Placeholders.names(text.en()));
            }
        }
    }

    @Test
    void scamperHasSevenStepsOnePerOperator() {
        Technique scamper = library.find("scamper").orElseThrow();
        assertThat(scamper.steps()).hasSize(7);
        assertThat(scamper.steps()).extracting(LocalizedText::en).satisfiesExactly(
                s -> assertThat(s).startsWith("Substitute"),
                s -> assertThat(s).startsWith("Combine"),
                s -> assertThat(s).startsWith("Adapt"),
                s -> assertThat(s).startsWith("Modify"),
                s -> assertThat(s).startsWith("Put to other uses"),
                s -> assertThat(s).startsWith("Eliminate"),
                s -> assertThat(s).startsWith("Reverse"));
    }

    @Test
    void sixHatsNamesAllSixHats() {
        String steps = library.find("six-hats").orElseThrow().steps().stream()
                .map(LocalizedText::en).collect(Collectors.joining(" "));
        assertThat(steps).contains("White hat", "Red hat", "Black hat", "Yellow hat", "Green hat", "Blue hat");
    }

    @Test
    void modelInstructionsKeepTheOutputFormatTheExtractorReads() {
        // "explicitly different" is said once by the generic tactic paragraph, not by each technique
        for (Technique t : library.techniques()) {
            assertThat(t.modelInstructions().en()).as(t.id())
                    .contains("{cliches}", "numbered list", "bold title");
            assertThat(t.modelInstructions().fr()).as(t.id())
                    .contains("{cliches}", "liste numérotée", "titre en gras");
        }
    }

    @Test
    void poolsAreLargeEnough() {
        assertThat(library.words(Locale.ENGLISH)).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
        assertThat(library.words(Locale.FRENCH)).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
        assertThat(library.personas()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(library.constraints()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyIconIsAFeatherIcon() {
        for (Technique t : library.techniques()) {
            assertThat(Feather.valueOf(t.icon())).as(t.id()).isNotNull();
        }
    }

    @Test
    void aMissingFrenchTextFailsAtLoadNamingThePlace() {
        String json = file(technique("\"steps\": [{\"en\": \"Think about {audience}\"}]"));
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidTechniqueFileException.class)
                .hasMessageContaining("technique 'x' steps[0]")
                .hasMessageContaining("\"fr\"");
    }

    @Test
    void anUnknownPlaceholderFailsAtLoad() {
        String json = file(technique("\"steps\": [{\"en\": \"Think about {audiance}\", \"fr\": \"Pensez à {audiance}\"}]"));
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidTechniqueFileException.class)
                .hasMessageContaining("unknown placeholder {audiance}");
    }

    @Test
    void aDrawPlaceholderInATechniqueThatDrawsNothingFailsAtLoad() {
        String json = file(technique("\"steps\": [{\"en\": \"Use {stimulus}\", \"fr\": \"Utilisez {stimulus}\"}]"));
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidTechniqueFileException.class)
                .hasMessageContaining("{stimulus} needs draw WORD");
    }

    @Test
    void aValidMinimalFileLoads() throws IOException {
        TechniqueLibrary lib = read(file(technique("\"steps\": [{\"en\": \"Think about {audience}\", \"fr\": \"Pensez à {audience}\"}]")));
        assertThat(lib.techniques()).singleElement().extracting(Technique::id).isEqualTo("x");
    }

    private static TechniqueLibrary read(String json) throws IOException {
        return TechniqueLibrary.read(stream(json), stream(words("w")), stream(words("m")));
    }

    private static String technique(String steps) {
        String t = "{\"en\": \"t\", \"fr\": \"t\"}";
        return "{\"id\": \"x\", \"icon\": \"STAR\", \"minutes\": 5, \"draw\": \"NONE\", \"name\": " + t
                + ", \"summary\": " + t + ", \"whenToUse\": " + t + ", \"modelInstructions\": " + t + ", " + steps + "}";
    }

    private static String file(String technique) {
        return "{\"techniques\": [" + technique + "], \"personas\": " + texts(20) + ", \"constraints\": " + texts(30) + "}";
    }

    private static String texts(int n) {
        return IntStream.range(0, n).mapToObj(i -> "{\"en\": \"e" + i + "\", \"fr\": \"f" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String words(String prefix) {
        return IntStream.range(0, 150).mapToObj(i -> prefix + i).collect(Collectors.joining("\n"));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
