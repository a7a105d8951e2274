package org.offpiste.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import org.offpiste.project.TeamBoardAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste open FILE}: opens the window on FILE, which must exist, or on the team board
 * whose URL is given in its place ({@code postgresql://user@host:port/database}).
 */
@Command(name = "open", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class OpenCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    OpenCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Optional<TeamBoardAddress> board = TeamBoardAccess.address(file);
        if (board.isPresent()) {
            return WindowLauncher.open(env, Optional.empty(), board);
        }
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            Path folder = absolute.getParent();
            boolean folderMissing = folder != null && !Files.isDirectory(folder);
            throw new ProjectException(folderMissing ? Problem.MISSING_FOLDER : Problem.NOT_FOUND, file, null);
        }
        return WindowLauncher.open(env, Optional.of(absolute));
    }
}
