package org.offpiste.project;

import java.nio.file.Path;

/** A project file problem; the message is technical, the UI shows {@link Problem}'s bundle text. */
public final class ProjectException extends RuntimeException {
    private final Problem problem;
    private final transient Path path;

    public ProjectException(Problem problem, Path path, String detail, Throwable cause) {
        super(problem + " " + path + (detail == null ? "" : ": " + detail), cause);
        this.problem = problem;
        this.path = path;
    }

    public ProjectException(Problem problem, Path path, String detail) {
        this(problem, path, detail, null);
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }
}
