package org.offpiste.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.Tactic;
import org.offpiste.llm.ProviderKind;
import org.offpiste.project.Session;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.sparring.Mode;
import org.offpiste.sparring.PromptBuilder;
import org.offpiste.sparring.Sparring;
import org.offpiste.sparring.Turn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste ideate FILE [--technique T] [--count N] [--push-further] [--tactic LIST | --no-tactics]
 * [--provider P] [--base-url URL] [--model M]}: one Diverge round in a new conversation; each idea
 * is printed as it lands in the Inbox (or is left out as a duplicate), then a summary line.
 */
@Command(name = "ideate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class IdeateCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Option(names = "--technique", paramLabel = "T")
    private String technique;

    @Option(names = "--count", paramLabel = "N")
    private Integer count;

    @Option(names = "--push-further")
    private boolean pushFurther;

    @Option(names = "--tactic", paramLabel = "LIST", split = ",")
    private List<String> tactics = new ArrayList<>();

    @Option(names = "--no-tactics")
    private boolean noTactics;

    @Mixin
    private ProviderOptions providerOptions = new ProviderOptions();

    IdeateCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        String techniqueId = technique();
        Set<Tactic> chosen = tactics();
        if (count != null && (count < 1 || count > 50)) {
            throw CliFailure.usage("cli.ideate.badCount", String.valueOf(count));
        }
        ProviderKind kind = providerOptions.kind();
        try (Session session = env.openForWriting(file)) {
            Sparring sparring = session.sparring();
            providerOptions.use(env, session, kind);
            if (pushFurther && session.hasIdeation()) {
                // the ideas already on the board are measured first, so those too close are caught
                session.ideation().novelty().changed();
                session.ideation().novelty().awaitMeasured(IdeaFigures.MEASURE_WAIT);
            }
            IdeaPrinter printer = new IdeaPrinter(env.text(), env.notes(), env.messages(),
                    env.context().providerPreferences().timeouts().maxAttempts());
            long conversation = sparring.newConversation(title(techniqueId)).id();
            sparring.send(conversation, new Turn(countText(session), Mode.DIVERGE, techniqueId, List.of(), chosen,
                    pushFurther), printer);
            AnswerEnd end = printer.end();
            Message answer = end.await();
            env.say("cli.ideate.summary", printer.added(), printer.duplicates());
            if (answer.status() == MessageStatus.COMPLETE && session.hasIdeation() && !printer.addedIds().isEmpty()) {
                new RoundFigures(env, session.ideation()).print(printer.addedIds());
            }
            end.throwIfNotSaved(env.messages(), file);
            if (answer.status() == MessageStatus.COMPLETE || answer.status() == MessageStatus.STOPPED) {
                return ExitCode.OK;
            }
            throw new CliFailure(ExitCode.MODEL, "cli.ideate.failed", end.cause(env.messages()), printer.added());
        }
    }

    /** "Give exactly N ideas." in the language of the prompt, as the person's message. */
    private String countText(Session session) {
        if (count == null) {
            return "";
        }
        return new Messages(PromptBuilder.language(session.brief().current(), env.context().settings().language()))
                .get("prompt.count", count);
    }

    private String title(String techniqueId) {
        String name = techniqueId == null ? env.messages().get("cli.ideate.free")
                : env.context().techniques().find(techniqueId).map(t -> t.name().in(env.messages().locale()))
                .orElse(techniqueId);
        return env.messages().get("cli.ideate.conversation", name);
    }

    private String technique() {
        if (technique == null || technique.isBlank()) {
            return null;
        }
        return env.techniqueId(technique);
    }

    private Set<Tactic> tactics() {
        if (noTactics && !tactics.isEmpty()) {
            throw CliFailure.usage("cli.ideate.tacticsClash");
        }
        if (noTactics) {
            return Set.of();
        }
        if (tactics.isEmpty()) {
            return Tactic.defaults();
        }
        Set<Tactic> out = EnumSet.noneOf(Tactic.class);
        for (String id : tactics) {
            out.add(Arrays.stream(Tactic.values()).filter(t -> t.id().equalsIgnoreCase(id.strip())).findFirst()
                    .orElseThrow(() -> CliFailure.usage("cli.ideate.badTactic", id,
                            Arrays.stream(Tactic.values()).map(Tactic::id).collect(Collectors.joining(", ")))));
        }
        return out;
    }
}
