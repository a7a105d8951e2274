package org.offpiste.board;

import java.time.Duration;
import org.offpiste.project.Project;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;

/** The end of a board test with a window: its view models stop following the board, then the executor and the project close. */
final class BoardTeardown {
    private BoardTeardown() {
    }

    /** Runs {@code dispose} on the JavaFX thread, in order, then shuts the executor down and closes the project. */
    static void close(FxRobot robot, FxTaskExecutor executor, Project project, Runnable... dispose) {
        robot.interact(() -> {
            for (Runnable r : dispose) {
                r.run();
            }
        });
        executor.shutdown(Duration.ofSeconds(5));
        project.close();
    }
}
