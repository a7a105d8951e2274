package org.offpiste.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.offpiste.board.Idea;
import org.offpiste.llm.ProviderKind;
import org.offpiste.project.Session;
import org.offpiste.sparring.Conversation;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.sparring.Mode;
import org.offpiste.sparring.Sparring;
import org.offpiste.sparring.Turn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste ask FILE "MESSAGE" [--mode M] [--technique T] [--idea ID]... [--conversation C]
 * [--provider P] [--base-url URL] [--model M]}: asks the model through the same sparring service as
 * the window, prints the answer as it arrives and stores the exchange in the project.
 */
@Command(name = "ask", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class AskCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Parameters(index = "1", paramLabel = "MESSAGE", descriptionKey = "message")
    private String message;

    @Option(names = "--mode", paramLabel = "MODE")
    private String mode = Mode.DIVERGE.id();

    @Option(names = "--technique", paramLabel = "T")
    private String technique;

    @Option(names = "--idea", paramLabel = "ID")
    private List<Long> ideas = new ArrayList<>();

    @Option(names = "--conversation", paramLabel = "C")
    private String conversation;

    @Mixin
    private ProviderOptions providerOptions = new ProviderOptions();

    AskCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        Mode m = Mode.fromId(mode).orElseThrow(() -> CliFailure.usage("cli.ask.badMode", mode,
                Arrays.stream(Mode.values()).map(Mode::id).collect(Collectors.joining(", "))));
        String techniqueId = technique(m);
        ProviderKind kind = providerOptions.kind();
        try (Session session = env.openForWriting(file)) {
            checkIdeas(session);
            Sparring sparring = session.sparring();
            providerOptions.use(env, session, kind);
            AnswerPrinter printer = new AnswerPrinter(env.text(), env.notes(), env.messages(),
                    env.context().providerPreferences().timeouts().maxAttempts());
            sparring.send(conversation(sparring), new Turn(message, m, techniqueId, ideas), printer);
            AnswerEnd end = printer.end();
            Message answer = end.await();
            end.throwIfNotSaved(env.messages(), file);
            if (answer.status() == MessageStatus.COMPLETE || answer.status() == MessageStatus.STOPPED) {
                return ExitCode.OK;
            }
            throw new CliFailure(ExitCode.MODEL, answer.text().isEmpty() ? "cli.ask.failed" : "cli.ask.partial",
                    end.cause(env.messages()));
        }
    }

    private String technique(Mode m) {
        if (technique == null || technique.isBlank()) {
            return null;
        }
        if (!m.usesTechnique()) {
            throw CliFailure.usage("cli.ask.techniqueOnlyDiverge", technique);
        }
        return env.techniqueId(technique);
    }

    private void checkIdeas(Session session) {
        List<Long> found = session.board().store().findAll(ideas).stream().map(Idea::id).collect(Collectors.toList());
        ideas.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
            throw CliFailure.usage("cli.ask.unknownIdea", String.valueOf(id), file);
        });
    }

    /** By id or title; created when no conversation has that title; without the option, the most recent one. */
    private long conversation(Sparring sparring) {
        List<Conversation> all = sparring.conversations();
        if (conversation == null || conversation.isBlank()) {
            return all.isEmpty() ? sparring.newConversation("").id() : all.get(0).id();
        }
        String wanted = conversation.strip();
        for (Conversation c : all) {
            if (String.valueOf(c.id()).equals(wanted) || c.title().equalsIgnoreCase(wanted)) {
                return c.id();
            }
        }
        return sparring.newConversation(wanted).id();
    }
}
