package org.offpiste.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.Session;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.Standing;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste ranking FILE [--by score|votes|duels] [--format table|json] [--round R] [--all]}: the
 * three ways to rank side by side for the ideas in play (Inbox and Shortlist), or all.
 */
@Command(name = "ranking", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class RankingCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Option(names = "--by", paramLabel = "KEY")
    private String by = "duels";

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "rankingFormat")
    private String format = "table";

    @Option(names = "--round", paramLabel = "R")
    private String round;

    @Option(names = "--all")
    private boolean all;

    RankingCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Standing.By order = parseBy();
        boolean json = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "table" -> false;
            case "json" -> true;
            default -> throw CliFailure.usage("cli.error.badFormat", format, "table, json");
        };
        try (Session session = env.open(file)) {
            Judgement j = session.judgement();
            Set<IdeaStatus> statuses = all ? Set.of() : Set.of(IdeaStatus.INBOX, IdeaStatus.SHORTLIST);
            List<Idea> ideas = session.board().store().query(IdeaQuery.all().withStatuses(statuses));
            List<Long> ids = ideas.stream().map(Idea::id).toList();
            VoteRound r = chosenRound(j);
            List<VoteTally> tallies = r == null ? null : j.votes().results(r.id());
            List<Standing> standings = Standing.of(ids, j.criteria().scores(), tallies, j.duels().strengths(ids))
                    .stream().sorted(Standing.best(order)).toList();
            Map<Long, Idea> byId = new HashMap<>();
            ideas.forEach(i -> byId.put(i.id(), i));
            if (json) {
                json(order, r, standings, byId);
            } else {
                new RankingTable(env.messages()).write(standings, byId, r, env.text());
            }
        }
        return ExitCode.OK;
    }

    private Standing.By parseBy() {
        try {
            return Standing.By.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("cli.ranking.badBy", by);
        }
    }

    /** The round named by --round (it must be closed), else the latest closed one; null when none is. */
    private VoteRound chosenRound(Judgement j) {
        if (round != null) {
            VoteRound r = j.votes().find(round.strip())
                    .orElseThrow(() -> CliFailure.usage("cli.ranking.unknownRound", round));
            if (!r.closed()) {
                throw CliFailure.usage("cli.ranking.openRound", r.name());
            }
            return r;
        }
        return j.votes().store().rounds().stream().filter(VoteRound::closed)
                .max(java.util.Comparator.comparing(VoteRound::closedAt)).orElse(null);
    }

    private void json(Standing.By order, VoteRound r, List<Standing> standings, Map<Long, Idea> ideas)
            throws IOException {
        Writer w = env.data();
        try (JsonGenerator json = new JsonFactory().createGenerator(w)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("by", order.name().toLowerCase(Locale.ROOT));
            if (r == null) {
                json.writeNullField("round");
            } else {
                json.writeObjectFieldStart("round");
                json.writeNumberField("id", r.id());
                json.writeStringField("name", r.name());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("ideas");
            for (Standing s : standings) {
                Idea i = ideas.get(s.ideaId());
                json.writeStartObject();
                json.writeNumberField("id", i.id());
                json.writeStringField("title", i.title());
                json.writeStringField("status", i.status().key());
                if (s.score() == null) {
                    json.writeNullField("score");
                } else {
                    json.writeNumberField("score", round(s.score().score()));
                }
                json.writeNumberField("raters", s.score() == null ? 0 : s.score().raters());
                if (s.dots() == null) {
                    json.writeNullField("dots");
                } else {
                    json.writeNumberField("dots", s.dots().dots());
                }
                if (s.strength() == null) {
                    json.writeNullField("winChance");
                    json.writeNullField("winChanceLow");
                    json.writeNullField("winChanceHigh");
                    json.writeNumberField("duels", 0);
                } else {
                    json.writeNumberField("winChance", round(s.strength().winChance()));
                    json.writeNumberField("winChanceLow", round(s.strength().low()));
                    json.writeNumberField("winChanceHigh", round(s.strength().high()));
                    json.writeNumberField("duels", s.strength().duels());
                }
                json.writeBooleanField("fewDuels", s.fewDuels());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        w.write(System.lineSeparator());
        w.flush();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
