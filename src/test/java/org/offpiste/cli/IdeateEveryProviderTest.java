package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.project.Session;

/**
 * Issue 4's "done when", from the command line and with every provider's wire format: a technique
 * round on a real brief fills the Inbox with ideas that carry their provenance, the banal baseline
 * is asked for once, and every idea gets its novelty figures (the real embedding model, offline).
 */
class IdeateEveryProviderTest {
    private static final String KEY = "sk-" + "every-provider-test";
    private static final List<String> ROUND = List.of("Here are five SCAMPER ideas for the late night.\n\n",
            "1. **[Substitute] Torchlight tour** — The lights go out; visitors explore the galleries with torches.\n",
            "2. **[Combine] Fossil karaoke** — Each era of the dinosaur hall gets its own song, sung under the whale.\n",
            "3. **[Eliminate] No labels night** — Every label is covered; a curator answers questions by text.\n",
            "4. **[Reverse] Exhibits go out** — Skeletons and masks travel to the night buses of the city.\n",
            "5. **[Adapt] Night-shift sketching** — Nurses and bakers draw the collection after their shift.\n\n",
            "Let me know which one to develop.");
    private static final List<String> PLAIN = List.of("1. **Museum late night with a DJ** — Music and drinks in the main hall.\n",
            "2. **Guided tours after dark** — Curators lead evening tours.\n",
            "3. **Social media contest** — Visitors post photos with a hashtag.\n");
    @TempDir
    Path home;
    private FakeProviderServer server;
    private CliRunner cli;
    private Path project;

    @BeforeEach
    void start() throws Exception {
        server = FakeProviderServer.start();
        cli = new CliRunner(home, Map.of("OPENAI_API_KEY", KEY, "ANTHROPIC_API_KEY", KEY, "GEMINI_API_KEY", KEY));
        project = home.resolve("late.offpiste");
        Path brief = Path.of("/work/shared/samples/briefs/museum-late.md");
        Path sample = Files.isRegularFile(brief) ? brief : Path.of("src/test/resources/briefs/museum-late.md");
        assertThat(cli.run("new", project, "--brief", sample).code()).isZero();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aScamperRoundFillsTheInboxWithIdeasThatCarryProvenanceAndNovelty(WireFormat format) throws Exception {
        cli.context().providerPreferences().choose(new ProviderSettings(format.kind(), server.url(format.basePath()),
                "model-x", 0.7));
        server.enqueue(format.reply(ROUND));
        server.enqueue(format.reply(PLAIN));

        CliRunner.Result r = cli.run("ideate", project, "--technique", "scamper");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("+ #1 Torchlight tour", "+ #5 Night-shift sketching",
                "5 ideas added to the Inbox", "distance from the obvious", "This round: 5 ideas");
        assertThat(r.err()).contains("banal baseline");
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).body()).contains("Give me ideas for this brief")
                .doesNotContain("SCAMPER");
        try (Session s = cli.context().openForCommand(project)) {
            Map<Long, IdeaOrigin> origins = s.project().origins().origins(List.of(1L, 2L, 3L, 4L, 5L));
            assertThat(origins).hasSize(5);
            IdeaOrigin first = origins.get(1L);
            assertThat(first.provider()).isEqualTo(format.kind().id());
            assertThat(first.model()).isEqualTo("model-x");
            assertThat(first.techniqueId()).isEqualTo("scamper");
            assertThat(first.facet()).isEqualTo("Substitute");
            assertThat(first.briefVersionId()).isNotNull();
            assertThat(s.project().baselines().baseline(first.briefVersionId())).get()
                    .satisfies(b -> assertThat(b.items()).hasSize(3));
        }

        CliRunner.Result listed = cli.run("ideas", project, "--format", "json");
        JsonNode all = new ObjectMapper().readTree(listed.out());
        assertThat(all).hasSize(5);
        for (JsonNode idea : all) {
            assertThat(idea.get("technique").asText()).isEqualTo("scamper");
            assertThat(idea.get("model").asText()).isEqualTo("model-x");
            assertThat(idea.get("novelty").isNumber()).as(idea.toString()).isTrue();
            assertThat(idea.get("novelty").asDouble()).isBetween(0.0, 2.0);
            assertThat(idea.get("nearest").isNumber()).isTrue();
        }
        if (format.kind() == ProviderKind.OLLAMA) {
            assertThat(cli.run("diversity", project).out()).contains("5");
        }
    }
}
