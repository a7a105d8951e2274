package org.offpiste.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code offpiste export-board --host H … OUT.offpiste}: a team board into a new project file, without loss. */
@Command(name = "export-board", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ExportBoardCommand implements Callable<Integer> {
    private final CliEnv env;

    @Mixin
    private TeamBoardOptions board;

    @Parameters(index = "0", paramLabel = "OUT", descriptionKey = "boardOut")
    private Path out;

    ExportBoardCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        TeamBoardAddress address = board.address();
        if (Files.exists(out)) {
            throw new ProjectException(Problem.ALREADY_EXISTS, out, "an export never replaces a file");
        }
        char[] password = TeamBoardAccess.password(env.context(), address);
        try (Session session = env.context().connectForCommand(address, password)) {
            session.project().saveCopyAs(out);
            env.say("cli.board.exported", session.project().ideas().count(), address.display(), out);
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCode.OK;
    }
}
