package org.offpiste.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.project.TeamBoardAddress;

/** Opens the window for {@code offpiste} and {@code offpiste open}; a machine without a display gets one clear line. */
final class WindowLauncher {
    private static final Logger LOG = Logger.getLogger(WindowLauncher.class.getName());

    private WindowLauncher() {
    }

    static int open(CliEnv env, Optional<Path> project) {
        return open(env, project, Optional.empty());
    }

    /** Opens the window on {@code project}, or on {@code board} (connecting there as it shows). */
    static int open(CliEnv env, Optional<Path> project, Optional<TeamBoardAddress> board) {
        try {
            env.gui().open(project, board);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "The window could not open", e);
            throw new CliFailure(ExitCode.FAILURE, "cli.error.window",
                    ErrorReport.oneLine(String.valueOf(e.getMessage())));
        }
        return Cli.WINDOW_OPENED;
    }
}
