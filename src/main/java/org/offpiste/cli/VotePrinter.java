package org.offpiste.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.offpiste.board.Idea;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Session;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteStore;
import org.offpiste.ranking.VoteTally;

/** What the {@code vote} command prints: rounds, a cast ballot, results as a table, most dots first. */
final class VotePrinter {
    private static final int TITLE_WIDTH = 60;
    private final CliEnv env;
    private final Session session;
    private final Messages messages;

    VotePrinter(CliEnv env, Session session) {
        this.env = env;
        this.session = session;
        this.messages = env.messages();
    }

    void rounds() {
        List<VoteRound> rounds = store().rounds();
        if (rounds.isEmpty()) {
            env.say("cli.vote.none");
            return;
        }
        PrintWriter out = env.text();
        out.println(String.join("  ", TextWidth.padLeft(messages.get("cli.table.id"), 4),
                TextWidth.pad(messages.get("cli.vote.table.state"), 8), TextWidth.padLeft(messages.get("cli.vote.table.ideas"), 6),
                TextWidth.padLeft(messages.get("cli.vote.table.ballots"), 7), messages.get("cli.vote.table.name")));
        for (VoteRound r : rounds) {
            out.println(String.join("  ", TextWidth.padLeft(String.valueOf(r.id()), 4),
                    TextWidth.pad(messages.get(r.closed() ? "cli.vote.state.closed" : "cli.vote.state.open"), 8),
                    TextWidth.padLeft(String.valueOf(r.candidates().size()), 6),
                    TextWidth.padLeft(String.valueOf(store().ballots(r.id())), 7), TextWidth.cell(r.name())));
        }
        out.flush();
    }

    void opened(VoteRound r) {
        String perIdea = r.maxPerIdea() == 1 ? messages.get("cli.vote.onePerIdea")
                : messages.get("cli.vote.severalPerIdea", r.maxPerIdea());
        String who = messages.get(r.anonymous() ? "cli.vote.anonymous" : "cli.vote.named");
        env.say("cli.vote.opened", r.id(), r.name(), r.candidates().size(), r.allowance(), perIdea, who);
    }

    /** {@code earlier}: the name whose earlier ballot this one replaced. */
    void cast(VoteRound r, String voter, int dots, int ballots, Optional<String> earlier) {
        if (earlier.isPresent()) {
            env.say("cli.vote.castReplaced", dots, voter.strip(), r.name(), ballots, earlier.get());
        } else if (!r.anonymous()) {
            env.say("cli.vote.cast", dots, voter.strip(), r.name(), ballots);
        } else {
            env.say("cli.vote.castAnonymousNamed", dots, r.name(), voter.strip(), ballots);
        }
    }

    void closed(VoteRound r) {
        env.say("cli.vote.closed", r.name(), store().ballots(r.id()));
        results(r);
    }

    void results(VoteRound r) {
        List<VoteTally> tallies = store().results(r.id());
        Map<Long, String> titles = session.board().store().findAll(r.candidates()).stream()
                .collect(Collectors.toMap(Idea::id, Idea::title));
        Function<Long, String> title = id -> titles.getOrDefault(id, messages.get("cli.vote.goneIdea"));
        PrintWriter out = env.text();
        out.println(messages.get("cli.vote.resultsOf", r.name(), store().ballots(r.id())));
        out.println(String.join("  ", TextWidth.padLeft(messages.get("cli.vote.table.dots"), 5),
                TextWidth.padLeft(messages.get("cli.vote.table.voters"), 6), TextWidth.padLeft(messages.get("cli.table.id"), 4),
                messages.get("cli.table.title")));
        for (VoteTally t : tallies) {
            out.println(String.join("  ", TextWidth.padLeft(String.valueOf(t.dots()), 5),
                    TextWidth.padLeft(String.valueOf(t.voters()), 6), TextWidth.padLeft(String.valueOf(t.ideaId()), 4),
                    TextWidth.truncate(TextWidth.cell(title.apply(t.ideaId())), TITLE_WIDTH)));
        }
        out.flush();
    }

    private VoteStore store() {
        return session.judgement().votes().store();
    }
}
