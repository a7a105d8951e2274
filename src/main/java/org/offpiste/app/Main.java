package org.offpiste.app;

import org.offpiste.cli.Cli;
import org.offpiste.settings.AppDirs;

/**
 * The entry point. A plain class, not the JavaFX Application, so the program starts from the
 * class path. Without a command it opens the window; with one it runs the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.fromEnvironment();
        Logging.configure(dirs.logs());
        AppContext context = new AppContext(dirs);
        Gui gui = new Gui(context);
        if (args.length == 0 || "open".equals(args[0])) {
            gui.startEarly(); // JavaFX starts while the command line is read
        }
        int code = new Cli(context, gui).run(args, System.out, System.err);
        if (code != Cli.WINDOW_OPENED) {
            System.exit(code);
        }
    }
}
