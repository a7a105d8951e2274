package org.offpiste.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.project.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code offpiste ideas FILE [--search Q] [--tag T]... [--status S]... [--sort KEY] [--format F]}: lists ideas. */
@Command(name = "ideas", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class IdeasCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Option(names = "--search", paramLabel = "Q")
    private String search = "";

    @Option(names = "--tag", paramLabel = "T", descriptionKey = "tagFilter")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S", descriptionKey = "statusFilter")
    private List<String> statuses = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "KEY")
    private String sort = IdeaSort.UPDATED.key();

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "listFormat")
    private String format = IdeaFormat.TABLE.key();

    IdeasCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        IdeaFormat f = IdeaFormat.parse(format, IdeaFormat.values());
        IdeaQuery query = new IdeaQuery(search, new HashSet<>(Args.tags(tags)), Args.statuses(statuses),
                Args.sort(sort));
        try (Session session = env.open(file)) {
            new IdeaOutput(env).print(f, session, session.board().store().query(query));
        }
        return ExitCode.OK;
    }
}
