package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer of the corpus (src/test/resources/org/offpiste/ideation/corpus) gives the ideas
 * its .expected.json lists, and, fed cut at every position as it streams, only ever a prefix of
 * that final list.
 */
class IdeaExtractorCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final IdeaExtractor extractor = new IdeaExtractor();

    static Stream<String> answers() throws IOException, URISyntaxException {
        return IdeaCorpus.names("idea");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void theFinishedAnswerGivesTheExpectedIdeas(String name) throws IOException, URISyntaxException {
        assertExpected(name, extractor.extract(IdeaCorpus.answer(name), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void windowsLineEndingsGiveTheSameIdeas(String name) throws IOException, URISyntaxException {
        String answer = IdeaCorpus.answer(name);
        String crlf = answer.replace("\r\n", "\n").replace("\n", "\r\n");
        assertThat(extractor.extract(crlf, true)).isEqualTo(extractor.extract(answer.replace("\r\n", "\n"), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyStreamedPrefixGivesAPrefixOfTheFinalIdeas(String name) throws IOException, URISyntaxException {
        String answer = IdeaCorpus.answer(name);
        List<ExtractedIdea> last = extractor.extract(answer, true);
        for (int cut : cuts(answer)) {
            List<ExtractedIdea> partial = extractor.extract(answer.substring(0, cut), false);
            assertThat(partial.size()).as("ideas at %d", cut).isLessThanOrEqualTo(last.size());
            assertThat(partial).as("ideas at %d of %s", cut, name).isEqualTo(last.subList(0, partial.size()));
        }
        assertThat(extractor.extract(answer, false)).isEqualTo(
                last.subList(0, extractor.extract(answer, false).size()));
    }

    private static List<Integer> cuts(String answer) {
        List<Integer> cuts = new ArrayList<>();
        if (answer.length() <= 8_000) {
            for (int i = 0; i <= answer.length(); i++) {
                cuts.add(i);
            }
            return cuts;
        }
        Random random = new Random(answer.length());
        for (int i = 0; i < 3_000; i++) {
            cuts.add(random.nextInt(answer.length() + 1));
        }
        for (int i = answer.indexOf('\n'); i >= 0; i = answer.indexOf('\n', i + 1)) {
            cuts.add(i);
            cuts.add(i + 1);
        }
        return cuts;
    }

    private void assertExpected(String name, List<ExtractedIdea> ideas) throws IOException, URISyntaxException {
        JsonNode expected = JSON.readTree(IdeaCorpus.expected(name));
        SoftAssertions soft = new SoftAssertions();
        List<String> titles = ideas.stream().map(ExtractedIdea::title).toList();
        List<String> wanted = new ArrayList<>();
        expected.forEach(e -> wanted.add(e.path("title").asText()));
        soft.assertThat(titles).as("titles of %s", name).isEqualTo(wanted);
        for (int i = 0; i < Math.min(ideas.size(), expected.size()); i++) {
            ExtractedIdea idea = ideas.get(i);
            JsonNode e = expected.get(i);
            String what = name + " #" + i + " " + idea.title();
            soft.assertThat(idea.index()).as("index of %s", what).isEqualTo(i);
            soft.assertThat(idea.facet()).as("facet of %s", what).isEqualTo(e.path("facet").asText(""));
            if (e.has("body")) {
                soft.assertThat(idea.body()).as("body of %s", what).isEqualTo(e.get("body").asText());
            }
            if (e.has("bodyStartsWith")) {
                soft.assertThat(idea.body()).as("body of %s", what).startsWith(e.get("bodyStartsWith").asText());
            }
            for (JsonNode c : e.path("bodyContains").isArray() ? e.path("bodyContains") : JSON.createArrayNode().add(e.path("bodyContains"))) {
                if (!c.isMissingNode() && !c.asText().isEmpty()) {
                    soft.assertThat(idea.body()).as("body of %s", what).contains(c.asText());
                }
            }
            for (JsonNode c : e.path("bodyNotContains")) {
                soft.assertThat(idea.body()).as("body of %s", what).doesNotContain(c.asText());
            }
        }
        soft.assertAll();
    }
}
