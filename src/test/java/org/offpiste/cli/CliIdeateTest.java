package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.IdeaQuery;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.project.Session;

/** {@code offpiste ideate} end to end against a server speaking Ollama's stream. */
class CliIdeateTest extends OllamaProjectTestBase {
    private static final List<String> ANSWER = List.of("Ideas:\n\n",
            "1. **[Eliminate] The silent museum** — No audio guides: visitors whisper stories.\n",
            "2. **[Reverse] Exhibits visit you** — Skeletons tour the night buses.\n",
            "3. **[Combine] Fossil karaoke** — Sing the song of each era under the whale.\n");
    CliIdeateTest() {
        super("ideate.offpiste");
    }

    private List<Idea> board() {
        try (Session s = cli.context().openForCommand(project)) {
            return s.board().store().query(IdeaQuery.all());
        }
    }

    @Test
    void ideasArePrintedAsTheyLandAndTheRoundIsAskedAsWritten() {
        server.enqueue(WireFormat.OLLAMA.drip(ANSWER, Duration.ofMillis(20)));

        CliRunner.Result r = cli.run("ideate", project, "--technique", "scamper", "--count", "3",
                "--tactic", "persona-pool", "--push-further");

        assertThat(r.code()).as(r.err()).isZero();
        String sent = server.requests().get(0).body();
        assertThat(sent).contains("Give exactly 3 ideas.").contains("three ordinary people")
                .contains("leave the ideas already on the board behind").doesNotContain("Reach for long shots");
        assertThat(r.out()).contains("+ #1 The silent museum").contains("+ #3 Fossil karaoke")
                .contains("3 ideas added to the Inbox, no duplicate left out.");
        try (Session s = cli.context().openForCommand(project)) {
            IdeaOrigin o = s.project().origins().origins(List.of(1L)).get(1L);
            assertThat(o.techniqueId()).isEqualTo("scamper");
            assertThat(o.facet()).isEqualTo("Eliminate");
            assertThat(o.model()).isEqualTo("llama3.2");
        }
    }

    @Test
    void theSameIdeasAgainAreDuplicates() {
        server.enqueue(WireFormat.OLLAMA.reply(ANSWER));
        server.enqueue(WireFormat.OLLAMA.reply(ANSWER));
        assertThat(cli.run("ideate", project, "--no-tactics").code()).isZero();

        CliRunner.Result again = cli.run("ideate", project);

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(server.requests().get(0).body()).doesNotContain("revise the list")
                .doesNotContain("Reach for long shots");
        assertThat(server.requests().get(1).body()).contains("revise the list").contains("Reach for long shots");
        assertThat(again.out()).contains("= The silent museum (duplicate of #1)")
                .contains("No idea added to the Inbox, 3 duplicates left out.");
        assertThat(board()).hasSize(3);
    }

    @Test
    void aModelFailingMidAnswerExitsWithOneLineAndKeepsTheIdeasCapturedBefore() {
        server.enqueue(WireFormat.OLLAMA.partial(ANSWER));

        CliRunner.Result r = cli.run("ideate", project);

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.errorLine()).contains("stay on the board");
        assertThat(r.out()).contains("+ #1 The silent museum");
        assertThat(board()).extracting(Idea::title).contains("The silent museum", "Exhibits visit you");
    }

    @Test
    void theJsonListHasEachIdeasTechniqueModelAndFigures() throws Exception {
        server.enqueue(WireFormat.OLLAMA.reply(ANSWER));
        assertThat(cli.run("ideate", project, "--technique", "scamper").code()).isZero();
        assertThat(cli.run("add", project, "--title", "Typed by hand").code()).isZero();

        CliRunner.Result r = cli.run("ideas", project, "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode all = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(all).hasSize(4);
        com.fasterxml.jackson.databind.JsonNode captured = byTitle(all, "The silent museum");
        assertThat(captured.get("technique").asText()).isEqualTo("scamper");
        assertThat(captured.get("model").asText()).isEqualTo("llama3.2");
        assertThat(captured.get("author").asText()).isEqualTo("llama3.2 (ollama)");
        assertThat(captured.get("tags").get(0).asText()).isEqualTo("Eliminate");
        for (String field : List.of("novelty", "nearest", "duplicateOf", "theme")) {
            assertThat(captured.has(field)).as(field).isTrue();
        }
        com.fasterxml.jackson.databind.JsonNode typed = byTitle(all, "Typed by hand");
        assertThat(typed.get("technique").isNull()).isTrue();
        assertThat(typed.get("model").isNull()).isTrue();
    }

    private static com.fasterxml.jackson.databind.JsonNode byTitle(com.fasterxml.jackson.databind.JsonNode all,
                                                                   String title) {
        for (com.fasterxml.jackson.databind.JsonNode n : all) {
            if (n.get("title").asText().equals(title)) {
                return n;
            }
        }
        throw new AssertionError("No idea titled " + title);
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertThat(cli.run("ideate", project, "--tactic", "magic").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("ideate", project, "--tactic", "revise", "--no-tactics").code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("ideate", project, "--count", "0").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("ideate", project, "--technique", "nope").code()).isEqualTo(ExitCode.USAGE);
        assertThat(server.requests()).isEmpty();
    }
}
