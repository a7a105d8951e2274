package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.judge.JudgeContext;
import org.offpiste.judge.RankingRow;
import org.offpiste.judge.RankingViewModel;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.DuelService;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.VoteService;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.DirectTaskExecutor;

/**
 * One rule for win chances: the ranking tab, {@code offpiste ranking --format json} and
 * {@code offpiste export --format json} give the same figure for every idea, and none to an idea
 * in play that has had no duel.
 */
class CliWinChanceAgreementTest {
    @TempDir
    Path home;

    @Test
    void theRankingViewTheRankingCommandAndTheExportGiveTheSameWinChances() throws Exception {
        CliRunner cli = new CliRunner(home);
        Path project = home.resolve("ideas.offpiste");
        assertThat(cli.run("new", project).code()).isZero();
        long lanterns = add(cli, project, "Lanterns", "inbox");
        long fondue = add(cli, project, "Fondue night", "shortlist");
        long moon = add(cli, project, "Moon race", "inbox");
        long never = add(cli, project, "Snow cinema", "inbox");
        long parked = add(cli, project, "Parked idea", "parked");
        for (long[] d : new long[][] {{lanterns, fondue}, {lanterns, moon}, {moon, fondue}, {fondue, lanterns},
            {lanterns, fondue}, {parked, moon}}) {
            assertThat(cli.run("duel", project, d[0], d[1]).code()).isZero();
        }

        Map<Long, Double> view = fromView(project);
        Map<Long, Double> ranking = new HashMap<>();
        for (JsonNode i : json(cli.run("ranking", project, "--format", "json")).get("ideas")) {
            ranking.put(i.get("id").asLong(), i.get("winChance").isNull() ? null : i.get("winChance").asDouble());
        }
        Map<Long, Double> export = new HashMap<>();
        for (JsonNode i : json(cli.run("export", project, "--format", "json")).get("ideas")) {
            JsonNode w = i.get("winChance");
            export.put(i.get("id").asLong(), w.isNull() ? null : w.get("chance").asDouble());
        }

        assertThat(view).containsOnlyKeys(lanterns, fondue, moon, never);
        assertThat(view.get(never)).isNull();
        assertThat(ranking.get(never)).isNull();
        assertThat(export.get(never)).isNull();
        for (long id : List.of(lanterns, fondue, moon)) {
            assertThat(view.get(id)).as("view, idea " + id).isNotNull();
            assertThat(ranking.get(id)).as("ranking, idea " + id).isCloseTo(view.get(id), within(0.00005));
            assertThat(export.get(id)).as("export, idea " + id).isCloseTo(view.get(id), within(0.0005));
        }
        assertThat(cli.run("ranking", project).out()).contains("no duels yet");
    }

    private static long add(CliRunner cli, Path project, String title, String status) {
        CliRunner.Result r = cli.run("add", project, "--title", title, "--status", status);
        assertThat(r.code()).as(r.err()).isZero();
        return Long.parseLong(r.out().strip());
    }

    private static JsonNode json(CliRunner.Result r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    /** The ranking tab's figures, its view model wired as the window wires it. */
    private static Map<Long, Double> fromView(Path file) {
        try (Project project = new SqliteProjectFiles().open(file)) {
            BriefService brief = new BriefService(project.briefs());
            SplittableRandom random = new SplittableRandom(1);
            Judgement judgement = new Judgement(new CriteriaService(project.criteria(),
                    () -> brief.current().get(BriefField.SUCCESS_CRITERIA)),
                    new VoteService(project.votes(), random), new DuelService(project.duels(), random));
            RankingViewModel vm = new RankingViewModel(new JudgeContext(new BoardService(project.ideas(), () -> "Ana"),
                    judgement, brief, () -> "Ana", new DirectTaskExecutor(), false));
            vm.refresh();
            Map<Long, Double> out = new HashMap<>();
            for (RankingRow row : vm.rows()) {
                out.put(row.idea().id(), row.winChance());
            }
            return out;
        }
    }
}
