package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;

/** {@code offpiste vote}: rounds opened, cast, closed and shown from the command line, on real files. */
class CliVoteTest {
    @TempDir
    Path home;

    private CliRunner cli;
    private Path project;
    private long lanterns;
    private long fondue;
    private long sledges;

    @BeforeEach
    void newProject() {
        cli = new CliRunner(home);
        project = home.resolve("ideas.offpiste");
        assertThat(cli.run("new", project).code()).isZero();
        lanterns = add("Lantern walk", "shortlist");
        fondue = add("Fondue gondola", "shortlist");
        sledges = add("Night sledging", "shortlist");
        add("Inbox idea", "inbox");
    }

    private long add(String title, String status) {
        CliRunner.Result r = cli.run("add", project, "--title", title, "--status", status);
        assertThat(r.code()).as(r.err()).isZero();
        return Long.parseLong(r.out().strip());
    }

    private CliRunner.Result ok(Object... args) {
        CliRunner.Result r = cli.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return r;
    }

    @Test
    void aNamedRoundFromOpeningToResults() {
        assertThat(ok("vote", project).out()).contains("No voting round yet");
        assertThat(ok("vote", project, "--open", "Evening", "--dots", "3", "--several").out().strip())
                .isEqualTo("Opened round 1 “Evening” over 3 ideas: 3 dots each, up to 3 on one idea, participants by name.");
        assertThat(ok("vote", project, "--round", "evening", "--voter", "Ana", fondue, fondue, lanterns).out().strip())
                .isEqualTo("Cast 3 dots for Ana in “Evening” (1 ballot so far).");
        ok("vote", project, "--round", "1", "--voter", "Ben", sledges);
        ok("vote", project, "--round", "1", "--voter", "ben", fondue);

        CliRunner.Result hidden = cli.run("vote", project, "--results", "Evening");
        assertThat(hidden.code()).isEqualTo(ExitCode.USAGE);
        assertThat(hidden.errorLine()).isEqualTo("The results of “Evening” stay hidden until the round is closed.");
        assertThat(hidden.out()).isEmpty();

        String listed = ok("vote", project).out();
        assertThat(listed).contains("open", "Evening").containsPattern("1\\s+open\\s+3\\s+2\\s+Evening");

        String closed = ok("vote", project, "--close", "Evening").out();
        assertThat(closed).startsWith("Closed “Evening” after 2 ballots.");
        List<String> lines = ok("vote", project, "--results", "1").out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Results of “Evening” (2 ballots):");
        assertThat(lines.get(2)).matches("\\s+3\\s+2\\s+" + fondue + "\\s+Fondue gondola");
        assertThat(lines.get(3)).matches("\\s+1\\s+1\\s+" + lanterns + "\\s+Lantern walk");
        assertThat(lines.get(4)).matches("\\s+0\\s+0\\s+" + sledges + "\\s+Night sledging");
    }

    @Test
    void aNamedBallotCastAgainSaysItReplacedTheEarlierOne() {
        ok("vote", project, "--open", "Evening", "--dots", "2");
        ok("vote", project, "--round", "Evening", "--voter", "Ann", lanterns);
        assertThat(ok("vote", project, "--round", "Evening", "--voter", "ann", fondue).out().strip())
                .isEqualTo("Cast 1 dot for ann in “Evening”: replaced Ann's earlier ballot (1 ballot so far).");
        assertThat(ok("vote", project, "--round", "Evening", "--voter", "Ben", fondue).out().strip())
                .isEqualTo("Cast 1 dot for Ben in “Evening” (2 ballots so far).");
    }

    @Test
    void closingAClosedRoundSaysItIsAlreadyClosed() {
        ok("vote", project, "--open", "Evening");
        ok("vote", project, "--close", "Evening");
        CliRunner.Result again = cli.run("vote", project, "--close", "evening");
        assertThat(again.code()).isEqualTo(ExitCode.USAGE);
        assertThat(again.errorLine()).isEqualTo("The round “Evening” is already closed: --results shows its results.");
        CliRunner.Result french = cli.french().run("vote", project, "--close", "1");
        assertThat(french.errorLine()).isEqualTo("Le tour « Evening » est déjà clos : --results affiche ses résultats.");
    }

    @Test
    void everyBrokenRuleIsOneLineAndExitCodeTwo() {
        ok("vote", project, "--open", "Evening", "--ideas", lanterns + "," + fondue);
        assertRefused("There is already a round named “EVENING”: choose another name.", "--open", "EVENING");
        assertRefused("Too many dots: each participant has 1 in “Evening”.",
                "--round", "Evening", "--voter", "Ana", lanterns, fondue);
        assertRefused("Too many dots on one idea: at most 1 per idea in “Evening”.",
                "--round", "Evening", "--voter", "Ana", lanterns, lanterns);
        assertRefused("Idea " + sledges + " is not a candidate of “Evening”.", "--round", "Evening", "--voter", "Ana", sledges);
        assertRefused("Give the participant's name to vote in “Evening”.", "--round", "Evening", lanterns);
        assertRefused("There is no round “Morning”.", "--round", "Morning", "--voter", "Ana", lanterns);
        assertRefused("There is no idea 999 on the board.", "--open", "Ghosts", "--ideas", "999");
        assertRefused("Choose one of --round, --open, --close and --results.", "--open", "X", "--close", "Evening");
        ok("vote", project, "--close", "Evening");
        assertRefused("The round “Evening” is closed: it takes no more ballots.", "--round", "Evening", "--voter", "Ana", lanterns);
    }

    @Test
    void anAnonymousRoundTakesOneNamelessBallotPerParticipant() {
        ok("vote", project, "--open", "Secret", "--anonymous");
        assertThat(ok("vote", project, "--round", "Secret", "--voter", "Zéphyrine", lanterns).out().strip())
                .isEqualTo("Cast 1 dot in the anonymous round “Secret”: Zéphyrine has voted, and the name is not kept"
                        + " with the ballot (1 ballot so far).");
        assertRefused("This participant has already voted in “Secret”: an anonymous ballot cannot be changed.",
                "--round", "Secret", "--voter", "zéphyrine", fondue);
        assertRefused("Give the participant's name to vote in “Secret”.", "--round", "Secret", fondue);
        ok("vote", project, "--round", "Secret", "--voter", "Ana", fondue);
        try (Project p = new SqliteProjectFiles().open(project)) {
            assertThat(p.votes().voters(1)).containsExactly("Ana", "Zéphyrine");
            assertThat(p.votes().ballots(1)).isEqualTo(2);
        }
    }

    @Test
    void refusalsAreInFrenchWhenTheSettingsSaySo() {
        ok("vote", project, "--open", "Soir");
        CliRunner.Result r = cli.french().run("vote", project, "--results", "Soir");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errorLine()).isEqualTo("Les résultats de «\u00a0Soir\u00a0» restent cachés jusqu'à la clôture du tour.");
        assertThat(cli.run("vote", project, "--round", "Soir", "--voter", "Ana", lanterns).out())
                .startsWith("1 gommette déposée pour Ana dans « Soir »");
        assertThat(cli.run("vote", project, lanterns).errorLine())
                .isEqualTo("Les id d'idées sont des gommettes : donnez-les avec --round R.");
        assertThat(cli.run("vote", project, "--open", "Nuit", "--anonymous").out()).contains("anonyme (aucun nom sur les votes)");
    }

    @Test
    void theCommandIsDescribed() {
        CliRunner.Result r = ok("vote", "--help");
        assertThat(r.out()).startsWith("Usage: offpiste vote").contains("Dot votes", "--round=R", "--voter=NAME",
                "--open=NAME", "--dots=N", "--several", "--anonymous", "--close=R", "--results=R", "one id per dot",
                "Exit codes").doesNotContain("cli.help");
    }

    private void assertRefused(String line, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = "vote";
        all[1] = project;
        System.arraycopy(args, 0, all, 2, args.length);
        CliRunner.Result r = cli.run(all);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errorLine()).isEqualTo(line);
    }
}
