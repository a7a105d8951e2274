package org.offpiste.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.offpiste.app.AppContext;
import org.offpiste.app.Gui;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.Technique;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import org.offpiste.project.Session;

/** What every command works with: the services, the window, the messages and the two streams. */
final class CliEnv {
    private final AppContext context;
    private final Gui gui;
    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    CliEnv(AppContext context, Gui gui, Messages messages, PrintStream out, PrintStream err) {
        this(context, gui, messages, out, err, out == System.out && System.console() != null);
    }

    /** {@code terminal}: whether standard output is a terminal (a PDF is not written to one). */
    CliEnv(AppContext context, Gui gui, Messages messages, PrintStream out, PrintStream err, boolean terminal) {
        this.terminal = terminal;
        this.context = context;
        this.gui = gui;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    AppContext context() {
        return context;
    }

    Gui gui() {
        return gui;
    }

    Messages messages() {
        return messages;
    }

    /** Prints a localised line for people on standard output. */
    void say(String key, Object... args) {
        out.println(messages.get(key, args));
    }

    /** Standard output for text meant for people, in the console's encoding. */
    PrintWriter text() {
        return new PrintWriter(new BufferedWriter(new PrintStreamWriter(out)));
    }

    /** Standard error, in the console's encoding: progress notes that are not the command's output. */
    PrintWriter notes() {
        return new PrintWriter(new PrintStreamWriter(err), true);
    }

    /** Standard output for data (Markdown, CSV, JSON): always UTF-8, so a redirected file is exact. */
    Writer data() {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Standard output for bytes (a PDF). */
    OutputStream bytes() {
        return out;
    }

    /** True when standard output is a terminal, where binary data must not go. */
    boolean stdoutIsTerminal() {
        return terminal;
    }

    /** Opens the project FILE, or the team board when FILE is a board URL ({@code postgresql://user@host/db}). */
    Session open(Path file) {
        return TeamBoardAccess.address(file)
                .map(a -> context.connectForCommand(a, TeamBoardAccess.password(context, a)))
                .orElseGet(() -> context.openForCommand(file));
    }

    Session create(Path file) {
        return context.createForCommand(file);
    }

    /** Opens a project that the command will change: refuses a read-only one before any change. */
    Session openForWriting(Path file) {
        Session session = open(file);
        if (session.project().readOnly()) {
            session.close();
            throw new ProjectException(Problem.READ_ONLY, file, "opened read-only");
        }
        return session;
    }

    /** The id of the technique named {@code name} (case and spaces aside), or a usage error listing the known ids. */
    String techniqueId(String name) {
        List<Technique> all = context.techniques().techniques();
        return all.stream().map(Technique::id).filter(id -> id.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> CliFailure.usage("cli.ask.badTechnique", name,
                        all.stream().map(Technique::id).collect(Collectors.joining(", "))));
    }
}
