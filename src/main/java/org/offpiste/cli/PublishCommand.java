package org.offpiste.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code offpiste publish FILE --host H [--port P] --database D --user U [--tls MODE]}: a project onto an empty team board. */
@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class PublishCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Mixin
    private TeamBoardOptions board;

    PublishCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        TeamBoardAddress address = board.address();
        char[] password = TeamBoardAccess.password(env.context(), address);
        try (Session source = env.open(file);
             Project published = env.context().teamBoards().publish(source.project(), address, password)) {
            env.say("cli.board.published", published.ideas().count(), file, address.display());
        } catch (ProjectException e) {
            if (e.problem() == Problem.ALREADY_EXISTS && e.path().equals(address.asPath())) {
                throw new CliFailure(ExitCode.PROJECT, "teamboard.publish.notEmpty", address.display());
            }
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCode.OK;
    }
}
