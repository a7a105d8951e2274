package org.offpiste.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code offpiste open FILE}: opens the window on FILE, which must exist. */
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
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            Path folder = absolute.getParent();
            boolean folderMissing = folder != null && !Files.isDirectory(folder);
            throw new ProjectException(folderMissing ? Problem.MISSING_FOLDER : Problem.NOT_FOUND, file, null);
        }
        return WindowLauncher.open(env, Optional.of(absolute));
    }
}
