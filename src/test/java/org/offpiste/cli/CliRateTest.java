package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Session;
import org.offpiste.ranking.CriterionScore;

/** {@code offpiste rate} and {@code ideas --sort score} through the real entry point, on a real project file. */
class CliRateTest {
    @TempDir
    Path home;
    private CliRunner cli;
    private Path project;

    @BeforeEach
    void newProject() throws Exception {
        cli = new CliRunner(home);
        project = home.resolve("ideas.offpiste");
        Path brief = home.resolve("brief.md");
        Files.writeString(brief, "# Night skiing\n\n## Success criteria\n- +20% evening passes\n- Cheap to run\n");
        CliRunner.Result r = cli.run("new", project, "--brief", brief);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(add("Lanterns")).isEqualTo(1);
        assertThat(add("Moon race")).isEqualTo(2);
        assertThat(add("Fondue")).isEqualTo(3);
    }

    private long add(String title) {
        CliRunner.Result r = cli.run("add", project, "--title", title);
        assertThat(r.code()).as(r.err()).isZero();
        return Long.parseLong(r.out().strip());
    }

    private List<String> titlesByScore() throws Exception {
        CliRunner.Result r = cli.run("ideas", project, "--sort", "score", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(r.out())) {
            out.add(n.get("title").asText());
        }
        return out;
    }

    @Test
    void rateKeepsEachRatersScoreAndPrintsTheWeightedScore() throws Exception {
        CliRunner.Result r = cli.run("rate", project, "1", "--criterion", "+20% EVENING passes", "--score", "4");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip()).isEqualTo("#1 Lanterns: +20% evening passes 4 by Tester. Weighted score 4.0 (1 rater).");

        r = cli.run("rate", project, "1", "--criterion", "+20% evening passes", "--score", "2", "--rater", "Ben");
        assertThat(r.out().strip()).endsWith("Weighted score 3.0 (2 raters).");
        r = cli.run("rate", project, "1", "--criterion", "originalité", "--score", "5");
        assertThat(r.out().strip()).isEqualTo("#1 Lanterns: Originality 5 by Tester. Weighted score 4.0 (2 raters).");  // (3 + 5) / 2
        r = cli.run("rate", project, "3", "--criterion", "feasibility", "--score", "5", "--rater", "Ben");
        assertThat(r.code()).isZero();

        try (Session s = cli.context().openForCommand(project)) {
            assertThat(s.project().criteria().scores(1)).extracting(CriterionScore::rater, CriterionScore::score)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Tester", 4),
                            org.assertj.core.groups.Tuple.tuple("Ben", 2), org.assertj.core.groups.Tuple.tuple("Tester", 5));
        }
        assertThat(titlesByScore()).containsExactly("Fondue", "Lanterns", "Moon race");
    }

    @Test
    void speaksFrench() {
        CliRunner.Result r = cli.french().run("rate", project, "2", "--criterion", "Faisabilite", "--score", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("#2 Moon race : Faisabilité 3 par Tester. Note pondérée 3,0 (1 personne).");
    }

    @Test
    void errorsAreOneLineWithExitCodeTwo() {
        CliRunner.Result r = cli.run("rate", project, "99", "--criterion", "originality", "--score", "3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).isEqualTo("There is no idea 99 in ideas.offpiste: see 'offpiste ideas'.");

        r = cli.run("rate", project, "1", "--criterion", "price", "--score", "3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).isEqualTo("Unknown criterion 'price': the criteria are \"+20% evening passes\", "
                + "\"Cheap to run\", \"Originality\", \"Feasibility\".");

        r = cli.run("rate", project, "1", "--criterion", "originality", "--score", "6");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).isEqualTo("A score is a whole number from 1 to 5, not 6.");

        r = cli.run("rate", project, "1", "--criterion", "originality");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).contains("--score");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpDescribesTheCommand() {
        CliRunner.Result r = cli.run("rate", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: offpiste rate").contains("--criterion=C", "--score=1-5", "--rater=NAME",
                "author name of the settings", "FILE", "ID").doesNotContain("cli.help");
    }
}
