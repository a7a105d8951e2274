package org.offpiste.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code offpiste add FILE --title T [--body B] [--tag T]... [--status S]}: adds an idea, prints its id. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class AddCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Option(names = "--title", required = true, paramLabel = "T")
    private String title;

    @Option(names = "--body", paramLabel = "B")
    private String body = "";

    @Option(names = "--tag", paramLabel = "T")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S")
    private String status = IdeaStatus.INBOX.key();

    AddCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw CliFailure.usage("cli.add.emptyTitle");
        }
        IdeaStatus s = Args.status(status);
        try (Session session = env.openForWriting(file)) {
            Idea idea = session.board().add(title, body, Args.tags(tags), s);
            env.text().append(String.valueOf(idea.id())).append(System.lineSeparator()).flush();
        }
        return ExitCode.OK;
    }
}
