package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaQuery;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.CriterionSource;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.NewVoteRound;
import org.offpiste.ranking.VoteRound;

/** {@code offpiste export} in every format, on real project files with real ratings, votes and duels. */
class CliExportTest {
    @TempDir
    Path home;

    private CliRunner cli;
    private Path project;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(home);
        project = home.resolve("p.offpiste");
        assertThat(cli.run("new", project).code()).isZero();
        Path brief = home.resolve("brief.md");
        try (InputStream in = getClass().getResourceAsStream("/org/offpiste/brief/samples/station-ete.md")) {
            Files.write(brief, in.readAllBytes());
        }
        assertThat(cli.run("brief", project, "--import", brief).code()).isZero();
    }

    private void add(String title, String status) {
        assertThat(cli.run("add", project, "--title", title, "--body", "Corps de " + title, "--status", status).code())
                .isZero();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    /** Rates, votes and duels on the first two ideas through the project's real stores. */
    private void judge() {
        try (Session s = cli.context().openForCommand(project)) {
            Project p = s.project();
            List<Long> ids = s.board().store().query(IdeaQuery.all()).stream().map(i -> i.id()).sorted().toList();
            long originality = p.criteria().add("Originality", CriterionSource.ORIGINALITY, 1).id();
            p.criteria().rate(ids.get(0), originality, "Ana", 4);
            p.criteria().rate(ids.get(0), originality, "Ben", 5);
            VoteRound secret = p.votes().create(new NewVoteRound("Vote secret", true, 2, 1, ids.subList(0, 2)));
            p.votes().cast(secret.id(), "Ana", List.of(new BallotVote(ids.get(0), 1), new BallotVote(ids.get(1), 1)));
            p.votes().cast(secret.id(), "Ben", List.of(new BallotVote(ids.get(0), 1)));
            p.votes().close(secret.id());
            p.votes().create(new NewVoteRound("Still open", false, 1, 1, ids.subList(0, 2)));
            p.duels().add(ids.get(0), ids.get(1), Duel.Result.LEFT, "Ana");
            p.duels().add(ids.get(1), ids.get(0), Duel.Result.RIGHT, "");
        }
    }

    @Test
    void pdfIsTheShortlistsOnePagerInTheBriefsLanguageWithItsScores() throws Exception {
        add("Le télésiège des contes", "shortlist");
        add("Chasse aux cristaux", "shortlist");
        add("Pas retenue", "inbox");
        judge();
        Path out = home.resolve("selection.pdf");

        CliRunner.Result r = cli.run("export", project, "--format", "pdf", "--output", out);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("Exported the Shortlist (2 ideas) to " + out + ".");
        String text = pdfText(Files.readAllBytes(out));
        assertThat(text).contains("SÉLECTION", "La station en été : faire venir les familles", "Le télésiège des contes",
                "Corps de Chasse aux cristaux", "Score pondéré 4,5 / 5 (2 évaluateurs)",
                "2 gommettes au vote « Vote secret »", "1 gommette au vote « Vote secret »", "Chance de gagner un duel",
                "Réalisé avec Offpiste");
        assertThat(text).doesNotContain("Pas retenue", "Still open");
    }

    @Test
    void pdfGoesToStandardOutputOnlyWhenThatIsNoTerminal() {
        add("Une idée", "shortlist");

        CliRunner.Result piped = cli.run("export", project, "--format", "pdf");
        CliRunner.Result terminal = cli.runOnTerminal("export", project, "--format", "pdf");

        assertThat(piped.code()).as(piped.err()).isZero();
        assertThat(piped.out()).startsWith("%PDF-");
        assertThat(terminal.code()).isEqualTo(2);
        assertThat(terminal.out()).isEmpty();
        assertThat(terminal.errorLine()).isEqualTo(
                "A pdf file is not written to a terminal: add --output PATH (or redirect the output).");
    }

    @Test
    void anEmptyShortlistIsOneLineAndExitTwoForPdfAndForShortlistExports() {
        add("Dans la boîte", "inbox");

        CliRunner.Result pdf = cli.run("export", project, "--format", "pdf", "--output", home.resolve("x.pdf"));
        CliRunner.Result md = cli.run("export", project, "--format", "md", "--shortlist");

        for (CliRunner.Result r : List.of(pdf, md)) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.errorLine()).isEqualTo("The Shortlist of " + project
                    + " is empty: move ideas to the Shortlist first.");
        }
        assertThat(home.resolve("x.pdf")).doesNotExist();
        assertThat(cli.french().run("export", project, "--format", "pdf").errorLine())
                .isEqualTo("La sélection de " + project + " est vide : placez d'abord des idées dans la sélection.");
    }

    @Test
    void shortlistLimitsCsvWhichStillImportsWithItsScoreColumn() throws Exception {
        add("=1+1 gardée", "shortlist");
        add("Autre", "inbox");
        judge();
        Path csv = home.resolve("s.csv");

        assertThat(cli.run("export", project, "--format", "csv", "--shortlist", "--output", csv).code()).isZero();

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).endsWith(",score");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("'=1+1 gardée,").endsWith(",4.50");
        Path other = home.resolve("other.offpiste");
        cli.run("new", other);
        assertThat(cli.run("import", other, csv).code()).isZero();
        assertThat(cli.run("ideas", other, "--format", "csv").out()).contains("=1+1 gardée");
        assertThat(cli.run("ideas", project, "--format", "csv", "--status", "shortlist").out().lines().toList())
                .last().asString().endsWith(",4.50");
    }

    @Test
    void jsonHoldsEverythingFromTheRealStoresAndNoVoterNameOfTheAnonymousRound() throws Exception {
        add("Première", "shortlist");
        add("Deuxième", "inbox");
        judge();

        CliRunner.Result r = cli.run("export", project, "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("brief").get("title").asText()).isEqualTo("La station en été : faire venir les familles");
        assertThat(json.get("criteria").get(0).get("name").asText()).isEqualTo("Originality");
        JsonNode first = json.get("ideas").get(0);
        assertThat(first.get("versions").get(0).get("kind").asText()).isEqualTo("created");
        assertThat(first.get("ratings")).hasSize(2);
        assertThat(first.get("weightedScore").get("score").asDouble()).isEqualTo(4.5);
        assertThat(first.get("winChance").get("duels").asInt()).isEqualTo(2);
        assertThat(json.get("ideas").get(1).get("weightedScore").isNull()).isTrue();
        try (Session s = cli.context().openForCommand(project)) {
            List<Long> ids = List.of(first.get("id").asLong(), json.get("ideas").get(1).get("id").asLong());
            org.offpiste.ranking.Strength ranked = s.judgement().duels().strengths(ids).stream()
                    .filter(st -> st.ideaId() == ids.get(0)).findFirst().orElseThrow();
            assertThat(first.get("winChance").get("chance").asDouble())
                    .isEqualTo(Math.round(ranked.winChance() * 1000) / 1000.0);
        }
        JsonNode rounds = json.get("voteRounds");
        assertThat(rounds).hasSize(2);
        JsonNode open = rounds.get(0).get("closed").asBoolean() ? rounds.get(1) : rounds.get(0);
        JsonNode closed = rounds.get(0).get("closed").asBoolean() ? rounds.get(0) : rounds.get(1);
        assertThat(open.has("ballots")).isFalse();
        assertThat(closed.get("ballots")).hasSize(2);
        closed.get("ballots").forEach(b -> assertThat(b.has("voter")).isFalse());
        assertThat(closed.get("totals").get(0).get("dots").asInt()).isEqualTo(2);
        assertThat(json.get("duels")).hasSize(2);
        assertThat(json.get("duels").get(1).get("result").asText()).isEqualTo("right");
    }
}
