package org.offpiste.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.offpiste.board.Idea;
import org.offpiste.project.Session;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.IdeaScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste rate FILE ID --criterion C --score 1-5 [--rater NAME]}: sets one rater's score of
 * an idea on a criterion (again: replaces it) and prints the idea's new weighted score.
 */
@Command(name = "rate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class RateCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Parameters(index = "1", paramLabel = "ID", descriptionKey = "ideaId")
    private long id;

    @Option(names = "--criterion", required = true, paramLabel = "C")
    private String criterion;

    @Option(names = "--score", required = true, paramLabel = "1-5")
    private int score;

    @Option(names = "--rater", paramLabel = "NAME")
    private String rater;

    RateCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (score < 1 || score > 5) {
            throw CliFailure.usage("cli.rate.badScore", String.valueOf(score));
        }
        String who = rater == null || rater.isBlank() ? env.context().settings().authorName() : rater.strip();
        try (Session session = env.openForWriting(file)) {
            Idea idea = session.board().store().find(id)
                    .orElseThrow(() -> CliFailure.usage("cli.rate.unknownIdea", String.valueOf(id), file.getFileName()));
            CriteriaService criteria = session.judgement().criteria();
            Criterion c = criteria.find(criterion)
                    .orElseThrow(() -> CliFailure.usage("cli.rate.unknownCriterion", criterion, names(criteria.criteria())));
            criteria.rate(idea.id(), c.id(), who, score);
            String label = CriteriaService.label(c, env.messages());
            IdeaScore weighted = criteria.scores().get(idea.id());
            if (weighted == null) {
                env.say("cli.rate.doneUncounted", String.valueOf(idea.id()), idea.title(), label, score, who);
            } else {
                env.say("cli.rate.done", String.valueOf(idea.id()), idea.title(), label, score, who,
                        weighted.score(), weighted.raters());
            }
        }
        return ExitCode.OK;
    }

    private String names(List<Criterion> all) {
        return all.stream().map(c -> "\"" + CriteriaService.label(c, env.messages()) + "\"")
                .collect(Collectors.joining(", "));
    }
}
