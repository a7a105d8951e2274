package org.offpiste.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import org.offpiste.project.Session;
import org.offpiste.settings.Settings;

/**
 * Which project the window opens at start: the one asked for, else the last one, else a new
 * Untitled project in the projects folder. Runs in the background.
 */
final class FirstProject {
    /** The session opened, and the problem of the project that would not open (or null). */
    record Start(Session session, ProjectException problem) {
    }

    private final SessionFactory sessions;
    private final Settings settings;
    private final Path projectsFolder;

    FirstProject(SessionFactory sessions, Settings settings, Path projectsFolder) {
        this.sessions = sessions;
        this.settings = settings;
        this.projectsFolder = projectsFolder;
    }

    Start open(Optional<Path> file) {
        Optional<Path> wanted = file.or(() -> settings.lastProject().filter(Files::isRegularFile));
        ProjectException problem = null;
        if (wanted.isPresent()) {
            try {
                Session s = sessions.open(wanted.get());
                settings.addRecent(s.project().path());
                return new Start(s, null);
            } catch (ProjectException e) {
                problem = e;
            }
        }
        // A stand-in for a project that would not open is not remembered as the last project:
        // the next start tries the person's real project again (it may be free by then).
        return new Start(createUntitled(problem == null), problem);
    }

    /** A new project named Untitled (Untitled 2, …) in the projects folder. */
    Session createUntitled(boolean remember) {
        try {
            Files.createDirectories(projectsFolder);
        } catch (IOException e) {
            throw new ProjectException(Problem.MISSING_FOLDER, projectsFolder, e.getMessage(), e);
        }
        Path file = UntitledNames.next(projectsFolder);
        Session s = sessions.create(file);
        if (remember) {
            settings.addRecent(file);
        }
        return s;
    }
}
