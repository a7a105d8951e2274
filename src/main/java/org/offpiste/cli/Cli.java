package org.offpiste.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.offpiste.app.AppContext;
import org.offpiste.app.Gui;
import org.offpiste.i18n.Messages;
import picocli.CommandLine;

/**
 * The command line: {@code offpiste [COMMAND]} with picocli, on the same services as the window.
 * Whatever happens, a failure is one localised line on standard error and a non-zero exit code
 * (2 usage, 3 project file, 4 input file, 1 anything else); never a stack trace.
 */
public final class Cli {
    /** Returned by {@link #run} when the window was opened: the process must keep running. */
    public static final int WINDOW_OPENED = -1;
    private final AppContext context;
    private final Gui gui;
    /** Whether standard output is a terminal; null: asked of the system. */
    private final Boolean terminal;

    public Cli(AppContext context, Gui gui) {
        this(context, gui, null);
    }

    /** With standard output taken for a terminal or not (tests of what must not go to one). */
    Cli(AppContext context, Gui gui, Boolean terminal) {
        this.context = context;
        this.gui = gui;
        this.terminal = terminal;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Messages messages = context.messages();
        ErrorReport report = new ErrorReport(messages, err, context.dirs().logs());
        try {
            CliEnv env = terminal == null ? new CliEnv(context, gui, messages, out, err)
                    : new CliEnv(context, gui, messages, out, err, terminal);
            CommandLine line = new CommandLine(RootCommand.class, new CommandFactory(env));
            line.setResourceBundle(new HelpBundle(messages.locale()));
            line.setExpandAtFiles(false);
            line.setAbbreviatedOptionsAllowed(false);
            line.setOut(new PrintWriter(new PrintStreamWriter(out), true));
            line.setErr(new PrintWriter(new PrintStreamWriter(err), true));
            line.setParameterExceptionHandler((e, a) ->
                    report.usage(e.getMessage(), e.getCommandLine().getCommandSpec().qualifiedName()));
            line.setExecutionExceptionHandler((e, l, parsed) -> report.report(e));
            return line.execute(args);
        } catch (RuntimeException | Error e) {
            return report.report(e);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
