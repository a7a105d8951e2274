package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VisualPromptExtractorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final VisualPromptExtractor extractor = new VisualPromptExtractor();

    static Stream<String> answers() throws IOException, URISyntaxException {
        return IdeaCorpus.names("visual");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void eachVisualizeAnswerGivesItsPromptsPerIdeaAndGenerator(String name) throws IOException, URISyntaxException {
        JsonNode expected = JSON.readTree(IdeaCorpus.expected(name));
        List<ExtractedPrompt> prompts = extractor.extract(IdeaCorpus.answer(name), expected.get("ideaCount").asInt());
        JsonNode wanted = expected.get("prompts");
        assertThat(prompts).as(name).hasSize(wanted.size());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < wanted.size(); i++) {
            ExtractedPrompt p = prompts.get(i);
            JsonNode w = wanted.get(i);
            String what = name + " #" + i;
            soft.assertThat(p.ideaPosition()).as("idea of %s", what).isEqualTo(w.get("idea").asInt());
            soft.assertThat(p.generator().id()).as("generator of %s", what).isEqualTo(w.get("generator").asText());
            soft.assertThat(p.prompt()).as("prompt of %s", what).startsWith(w.get("promptStartsWith").asText())
                    .endsWith(w.get("promptEndsWith").asText()).doesNotContain("```", "Negative prompt", "/imagine");
            soft.assertThat(p.negative()).as("negative of %s", what).isEqualTo(w.get("negative").asText());
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void withOneIdeaEveryPromptIsTheFirstIdeas(String name) throws IOException, URISyntaxException {
        assertThat(extractor.extract(IdeaCorpus.answer(name), 1)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.ideaPosition()).isZero());
    }

    @Test
    void aSectionBeyondTheIdeasSentStaysOnTheLastIdea() throws IOException, URISyntaxException {
        List<ExtractedPrompt> prompts = extractor.extract(IdeaCorpus.answer("visual-three-ideas-en"), 2);
        assertThat(prompts).extracting(ExtractedPrompt::ideaPosition).containsExactly(0, 0, 0, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void unlabelledBlocksAndProseAreSkipped() {
        String answer = "Some context:\n\n```\nstyle: muted palette\n```\n\nThese work well in any generator.\n";
        assertThat(extractor.extract(answer, 1)).isEmpty();
        assertThat(extractor.extract("", 1)).isEmpty();
        assertThat(extractor.extract(null, 2)).isEmpty();
    }

    @Test
    void aLanguageTagOnTheFenceNamesTheGenerator() {
        String answer = "```midjourney\na fox in a museum at night --ar 4:5\n```\n"
                + "```sd\nfox, museum, night\nNegative prompt: cartoon\n```\n";
        assertThat(extractor.extract(answer, 1)).containsExactly(
                new ExtractedPrompt(0, Generator.MIDJOURNEY, "a fox in a museum at night --ar 4:5", ""),
                new ExtractedPrompt(0, Generator.STABLE_DIFFUSION, "fox, museum, night", "cartoon"));
    }

    @Test
    void windowsLineEndingsGiveTheSamePrompts() throws IOException, URISyntaxException {
        String answer = IdeaCorpus.answer("visual-fr-two-ideas");
        assertThat(extractor.extract(answer.replace("\n", "\r\n"), 2)).isEqualTo(extractor.extract(answer, 2));
    }

    @Test
    void aShortPromptOnItsLabelsLineCountsButAPointerToTheBlockBelowDoesNot() {
        assertThat(extractor.extract("## 1. A\n\nMidjourney: a red door --ar 4:5\n", 1)).containsExactly(
                new ExtractedPrompt(0, Generator.MIDJOURNEY, "a red door --ar 4:5", ""));
        assertThat(extractor.extract("DALL·E: (see below)\n```\nA red door in a museum.\n```\n", 1)).containsExactly(
                new ExtractedPrompt(0, Generator.DALLE, "A red door in a museum.", ""));
    }
}
