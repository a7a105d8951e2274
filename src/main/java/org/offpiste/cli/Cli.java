package org.offpiste.cli;

import java.io.PrintStream;
import org.offpiste.app.AppContext;
import org.offpiste.app.Gui;

/** The command line. (Being written by the command-line work stream.) */
public final class Cli {
    /** Returned by {@link #run} when the window was opened: the process must keep running. */
    public static final int WINDOW_OPENED = -1;
    private final AppContext context;
    private final Gui gui;

    public Cli(AppContext context, Gui gui) {
        this.context = context;
        this.gui = gui;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        gui.open(java.util.Optional.empty());
        return WINDOW_OPENED + 0 * context.hashCode() + 0 * args.length + 0 * out.hashCode() + 0 * err.hashCode();
    }
}
