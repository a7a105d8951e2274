package org.offpiste.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.Session;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste vote FILE --round R --voter NAME ID...}: casts a participant's dots (an id given twice
 * is two dots). Also {@code --open NAME [--ideas ID...] [--dots N] [--several] [--anonymous]},
 * {@code --close R}, {@code --results R}; with none of these, lists the rounds. A broken rule exits 2.
 */
@Command(name = "vote", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class VoteCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Parameters(index = "1..*", paramLabel = "ID", descriptionKey = "dots")
    private List<Long> dots = new ArrayList<>();

    @Option(names = "--round", paramLabel = "R")
    private String round;

    @Option(names = "--voter", paramLabel = "NAME")
    private String voter;

    @Option(names = "--open", paramLabel = "NAME")
    private String open;

    @Option(names = "--shortlist")
    private boolean shortlist;

    @Option(names = "--ideas", paramLabel = "ID", arity = "1..*", split = ",")
    private List<Long> ideas = new ArrayList<>();

    @Option(names = "--dots", paramLabel = "N", descriptionKey = "allowance")
    private Integer allowance;

    @Option(names = "--several")
    private boolean several;

    @Option(names = "--anonymous")
    private boolean anonymous;

    @Option(names = "--close", paramLabel = "R")
    private String close;

    @Option(names = "--results", paramLabel = "R")
    private String results;

    VoteCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        long actions = Stream.of(round, open, close, results).filter(a -> a != null).count();
        if (actions > 1) {
            throw CliFailure.usage("cli.vote.oneAction");
        }
        if (!dots.isEmpty() && round == null) {
            throw CliFailure.usage("cli.vote.idsWithoutRound");
        }
        if (open == null && (shortlist || !ideas.isEmpty() || allowance != null || several || anonymous)) {
            throw CliFailure.usage("cli.vote.openOnly");
        }
        if (voter != null && round == null) {
            throw CliFailure.usage("cli.vote.voterOnly");
        }
        if (actions == 0) {
            try (Session session = env.open(file)) {
                new VotePrinter(env, session).rounds();
            }
            return ExitCode.OK;
        }
        try (Session session = round == null && results != null ? env.open(file) : env.openForWriting(file)) {
            VoteService votes = session.judgement().votes();
            VotePrinter printer = new VotePrinter(env, session);
            if (open != null) {
                printer.opened(open(session, votes));
            } else if (round != null) {
                cast(votes, find(votes, round), printer);
            } else if (close != null) {
                VoteRound r = find(votes, close);
                if (r.closed()) {
                    throw CliFailure.usage("cli.vote.alreadyClosed", r.name());
                }
                rule(r, () -> votes.close(r.id()));
                printer.closed(votes.find(String.valueOf(r.id())).orElseThrow());
            } else {
                VoteRound r = find(votes, results);
                rule(r, () -> votes.results(r.id()));
                printer.results(r);
            }
        }
        return ExitCode.OK;
    }

    private VoteRound open(Session session, VoteService votes) {
        if (open.isBlank()) {
            throw CliFailure.usage("cli.vote.emptyName");
        }
        if (allowance != null && allowance < 1) {
            throw CliFailure.usage("cli.vote.badDots");
        }
        if (shortlist && !ideas.isEmpty()) {
            throw CliFailure.usage("cli.vote.shortlistOrIdeas");
        }
        List<Long> candidates = ideas.isEmpty() ? session.board().store()
                .query(new IdeaQuery("", Set.of(), Set.of(IdeaStatus.SHORTLIST), IdeaSort.CREATED)).stream()
                .map(Idea::id).toList() : ideas;
        int each = allowance == null ? VoteService.defaultAllowance(Math.max(1, candidates.size())) : allowance;
        VoteRound named = new VoteRound(0, open.strip(), anonymous, each, 1, List.of(), null, null);
        VoteRound[] made = new VoteRound[1];
        rule(named, () -> made[0] = votes.open(open, anonymous, each, several ? each : 1, candidates));
        return made[0];
    }

    private void cast(VoteService votes, VoteRound r, VotePrinter printer) {
        if (dots.isEmpty()) {
            throw CliFailure.usage("cli.vote.noDots");
        }
        Optional<String> earlier = votes.earlierVoter(r.id(), voter);
        rule(r, () -> votes.cast(r.id(), voter, dots));
        printer.cast(r, voter, dots.size(), votes.store().ballots(r.id()), earlier);
    }

    private static VoteRound find(VoteService votes, String key) {
        return votes.find(key).orElseThrow(() -> CliFailure.usage("votes.rule.NO_SUCH_ROUND", key.strip(), 0, 0, ""));
    }

    /** Runs {@code work}; a broken rule becomes one line in the person's language and exit code 2. */
    private static void rule(VoteRound r, Runnable work) {
        try {
            work.run();
        } catch (VoteRuleException e) {
            throw CliFailure.usage("votes.rule." + e.rule().name(), r.name(), r.allowance(), r.maxPerIdea(), e.detail());
        }
    }
}
