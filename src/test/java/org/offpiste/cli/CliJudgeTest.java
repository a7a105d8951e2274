package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteService;
import org.offpiste.store.SqliteProjectFiles;

/** {@code offpiste duel} and {@code offpiste ranking} through the real entry point, on real project files. */
class CliJudgeTest {
    @TempDir
    Path home;
    private CliRunner cli;
    private Path project;
    private long lanterns;
    private long fondue;
    private long moon;

    @BeforeEach
    void newProject() {
        cli = new CliRunner(home);
        project = home.resolve("ideas.offpiste");
        assertThat(cli.run("new", project).code()).isZero();
        lanterns = add("Lanterns");
        fondue = add("Fondue night");
        moon = add("Moon race");
        assertThat(cli.run("add", project, "--title", "Parked idea", "--status", "parked").code()).isZero();
    }

    private long add(String title) {
        CliRunner.Result r = cli.run("add", project, "--title", title);
        assertThat(r.code()).as(r.err()).isZero();
        return Long.parseLong(r.out().strip());
    }

    private List<DuelRecord> duels() {
        try (Project p = new SqliteProjectFiles().open(project)) {
            return p.duels().duels();
        }
    }

    @Test
    void duelKeepsTheWinnerOnTheLeftUnderTheSettingsNameOrTheRater() {
        CliRunner.Result won = cli.run("duel", project, lanterns, fondue);
        CliRunner.Result tie = cli.run("duel", project, moon, lanterns, "--tie", "--rater", "Ben");

        assertThat(won.code()).as(won.err()).isZero();
        assertThat(won.out().strip()).isEqualTo("Duel 1 kept: #" + lanterns + " Lanterns beat #" + fondue + " Fondue night.");
        assertThat(tie.code()).isZero();
        assertThat(tie.out()).contains("can't decide between #" + moon + " Moon race");
        assertThat(duels()).extracting(DuelRecord::duel).containsExactly(
                new Duel(lanterns, fondue, Duel.Result.LEFT), new Duel(moon, lanterns, Duel.Result.TIE));
        assertThat(duels()).extracting(DuelRecord::rater).containsExactly("Tester", "Ben");
    }

    @Test
    void aDuelWithAnUnknownOrTheSameIdeaIsAOneLineUsageError() {
        CliRunner.Result unknown = cli.run("duel", project, lanterns, 999);
        CliRunner.Result same = cli.run("duel", project, lanterns, lanterns);

        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.errorLine()).isEqualTo("There is no idea 999 in " + project + ": see 'offpiste ideas'.");
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.errorLine()).contains("cannot duel itself");
        assertThat(duels()).isEmpty();
    }

    @Test
    void rankingTableShowsTheThreeMethodsWithHonestIntervals() {
        add("Snow cinema");
        for (int k = 0; k < 3; k++) {
            cli.run("duel", project, lanterns, fondue);
            cli.run("duel", project, lanterns, moon);
        }

        CliRunner.Result r = cli.run("ranking", project);

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).contains("ID", "TITLE", "STATUS", "SCORE", "DOTS", "WIN CHANCE", "DUELS");
        assertThat(lines.get(2)).contains("Lanterns", "inbox", "6");
        assertThat(lines.get(2)).matches(".*\\d+ % \\(\\d+–\\d+ %\\).*");
        assertThat(r.out()).contains("0 (few)").doesNotContain("Parked idea").contains("No closed vote round");
        assertThat(cli.run("ranking", project, "--all").out()).contains("Parked idea");
    }

    @Test
    void rankingJsonGivesEachIdeasScoreDotsAndWinChance() throws Exception {
        cli.run("duel", project, fondue, lanterns);
        cli.run("duel", project, fondue, moon);
        try (Project p = new SqliteProjectFiles().open(project)) {
            CriteriaService criteria = new CriteriaService(p.criteria(), () -> "");
            Criterion first = criteria.criteria().get(0);
            criteria.rate(moon, first.id(), "Ana", 5);
            criteria.rate(lanterns, first.id(), "Ana", 2);
            VoteService votes = new VoteService(p.votes(), new SplittableRandom(1));
            VoteRound round = votes.open("Friday", false, 2, 2, List.of(lanterns, fondue, moon));
            votes.cast(round.id(), "Ana", List.of(lanterns, lanterns));
            votes.close(round.id());
        }

        CliRunner.Result r = cli.run("ranking", project, "--by", "score", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("by").asText()).isEqualTo("score");
        assertThat(json.get("round").get("name").asText()).isEqualTo("Friday");
        JsonNode ideas = json.get("ideas");
        assertThat(ideas).hasSize(3);
        assertThat(ideas.get(0).get("title").asText()).isEqualTo("Moon race");
        assertThat(ideas.get(0).get("score").asDouble()).isEqualTo(5.0);
        assertThat(ideas.get(1).get("title").asText()).isEqualTo("Lanterns");
        assertThat(ideas.get(1).get("dots").asInt()).isEqualTo(2);
        assertThat(ideas.get(2).get("score").isNull()).isTrue();
        JsonNode f = ideas.get(2);
        assertThat(f.get("title").asText()).isEqualTo("Fondue night");
        assertThat(f.get("duels").asInt()).isEqualTo(2);
        assertThat(f.get("fewDuels").asBoolean()).isTrue();
        assertThat(f.get("winChance").asDouble()).isBetween(f.get("winChanceLow").asDouble(),
                f.get("winChanceHigh").asDouble());
        assertThat(f.get("status").asText()).isEqualTo("inbox");
    }

    @Test
    void rankingRefusesAnUnknownOrderOrRound() {
        CliRunner.Result by = cli.run("ranking", project, "--by", "luck");
        CliRunner.Result round = cli.run("ranking", project, "--round", "Nope");

        assertThat(by.code()).isEqualTo(2);
        assertThat(by.errorLine()).isEqualTo("Unknown order 'luck': use score, votes or duels.");
        assertThat(round.code()).isEqualTo(2);
        assertThat(round.errorLine()).isEqualTo("There is no vote round 'Nope': give its id or name.");
    }
}
