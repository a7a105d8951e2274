package org.offpiste.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.offpiste.brief.Brief;
import org.offpiste.project.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code offpiste new FILE [--brief BRIEF.md]}: creates a project. The brief is read first, so a bad one creates nothing. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class NewCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "newProject")
    private Path file;

    @Option(names = "--brief", paramLabel = "BRIEF.md")
    private Path briefFile;

    NewCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Brief brief = briefFile == null ? null : Args.brief(briefFile);
        try (Session session = env.create(file)) {
            if (brief != null) {
                session.brief().replace(brief);
            }
        }
        env.say("cli.new.done", file);
        return ExitCode.OK;
    }
}
