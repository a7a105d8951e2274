package org.offpiste.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.i18n.Messages;
import org.offpiste.project.ProjectException;

/**
 * Turns any failure into one localised line on standard error and an exit code; the details
 * (and the stack trace of an unexpected failure) go to the log file, never to the person.
 */
final class ErrorReport {
    private static final Logger LOG = Logger.getLogger(ErrorReport.class.getName());
    private static final int MAX_DETAIL = 200;
    private final Messages messages;
    private final PrintStream err;
    private final Path logs;

    ErrorReport(Messages messages, PrintStream err, Path logs) {
        this.messages = messages;
        this.err = err;
        this.logs = logs;
    }

    int report(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CliFailure) {
                CliFailure f = (CliFailure) t;
                LOG.log(Level.INFO, "Command refused: {0}", f.key());
                return print(f.exitCode(), messages.get(f.key(), f.args()));
            }
            if (t instanceof ProjectException) {
                ProjectException p = (ProjectException) t;
                LOG.log(Level.INFO, "Project problem: " + p.getMessage(), p);
                return print(ExitCode.PROJECT, messages.describe(p));
            }
        }
        LOG.log(Level.SEVERE, "Command failed", failure);
        String detail = oneLine(String.valueOf(failure.getMessage() == null ? failure : failure.getMessage()));
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "…";
        }
        return print(ExitCode.FAILURE, messages.get("cli.error.unexpected", detail, logs));
    }

    /** A usage error found by picocli; its own (English) message, on one line, with a pointer to help. */
    int usage(String message, String command) {
        LOG.log(Level.INFO, "Usage error: {0}", message);
        return print(ExitCode.USAGE, messages.get("cli.error.usage", oneLine(message), command));
    }

    private int print(int code, String line) {
        err.println(oneLine(line));
        err.flush();
        return code;
    }

    static String oneLine(String s) {
        return TextWidth.cell(s);
    }
}
