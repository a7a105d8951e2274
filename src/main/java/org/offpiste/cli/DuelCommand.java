package org.offpiste.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.offpiste.board.Idea;
import org.offpiste.project.Session;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste duel FILE WINNER_ID LOSER_ID [--tie] [--rater NAME]}: keeps one duel, the winner on
 * the left; with {@code --tie} the person could not decide between the two.
 */
@Command(name = "duel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class DuelCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Parameters(index = "1", paramLabel = "WINNER_ID", descriptionKey = "winner")
    private long winner;

    @Parameters(index = "2", paramLabel = "LOSER_ID", descriptionKey = "loser")
    private long loser;

    @Option(names = "--rater", paramLabel = "NAME")
    private String rater;

    @Option(names = "--tie")
    private boolean tie;

    DuelCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (winner == loser) {
            throw CliFailure.usage("cli.duel.same", winner);
        }
        String who = rater != null ? rater.strip() : env.context().settings().authorName();
        try (Session session = env.openForWriting(file)) {
            Idea left = find(session, winner);
            Idea right = find(session, loser);
            DuelRecord d = session.judgement().duels().record(left.id(), right.id(),
                    tie ? Duel.Result.TIE : Duel.Result.LEFT, who);
            env.say(tie ? "cli.duel.tied" : "cli.duel.won", d.id(), left.id(), TextWidth.cell(left.title()),
                    right.id(), TextWidth.cell(right.title()));
        }
        return ExitCode.OK;
    }

    private Idea find(Session session, long id) {
        return session.board().store().find(id)
                .orElseThrow(() -> CliFailure.usage("cli.duel.unknownIdea", id, file));
    }
}
