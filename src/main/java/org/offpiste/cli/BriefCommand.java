package org.offpiste.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefMarkdown;
import org.offpiste.project.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code offpiste brief FILE [--import BRIEF.md]}: prints the brief as Markdown, or replaces it (as a new version). */
@Command(name = "brief", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class BriefCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Option(names = "--import", paramLabel = "BRIEF.md")
    private Path importFile;

    BriefCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (importFile != null) {
            Brief brief = Args.brief(importFile);
            try (Session session = env.openForWriting(file)) {
                session.brief().replace(brief);
            }
            env.say("cli.brief.replaced", file);
            return ExitCode.OK;
        }
        try (Session session = env.open(file)) {
            Writer out = env.data();
            out.write(BriefMarkdown.write(session.brief().current()));
            out.flush();
        }
        return ExitCode.OK;
    }
}
