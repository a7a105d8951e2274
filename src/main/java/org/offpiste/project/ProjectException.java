package org.offpiste.project;

import java.nio.file.Path;
import org.offpiste.i18n.Localizable;

/** A project file problem; the message is technical, the UI shows {@link Problem}'s bundle text. */
public final class ProjectException extends RuntimeException implements Localizable {
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

    /** {@code project.problem.<PROBLEM>}: the sentence that explains the problem to a person. */
    @Override
    public String messageKey() {
        return "project.problem." + problem.name();
    }

    /** The path, as {0} of the message. */
    @Override
    public Object[] messageArguments() {
        return new Object[] {path == null ? "" : path.toString()};
    }
}
