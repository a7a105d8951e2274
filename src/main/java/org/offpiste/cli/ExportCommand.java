package org.offpiste.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.project.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code offpiste export FILE --format md|csv|json [--output PATH]}: every idea, oldest first. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ExportCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "exportFormat")
    private String format;

    @Option(names = "--output", paramLabel = "PATH")
    private Path output;

    ExportCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        IdeaFormat f = IdeaFormat.parse(format, IdeaFormat.MD, IdeaFormat.CSV, IdeaFormat.JSON);
        if (output != null && sameFile(output, file)) {
            throw CliFailure.usage("cli.error.outputIsProject", output);
        }
        try (Session session = env.open(file)) {
            List<Idea> ideas = new ArrayList<>(session.board().store().query(IdeaQuery.all()));
            ideas.sort(Comparator.comparingLong(Idea::id));
            IdeaOutput out = new IdeaOutput(env);
            if (output == null) {
                out.print(f, session, ideas);
                return ExitCode.OK;
            }
            OutputFiles.write(output, w -> out.write(f, session, ideas, w));
            env.say("cli.export.done", ideas.size(), output);
        }
        return ExitCode.OK;
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
                || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    }
}
