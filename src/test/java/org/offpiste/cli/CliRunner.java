package org.offpiste.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.offpiste.app.AppContext;
import org.offpiste.app.Gui;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.KeyringBackend;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.project.TeamBoards;
import org.offpiste.settings.AppDirs;

/** Runs the real command line in this JVM, on settings and logs kept under a temporary folder. */
final class CliRunner {
    private final AppContext context;

    CliRunner(Path home) {
        this(home, System.getenv(), null);
    }

    /** With this environment (for the provider keys) instead of the process's. */
    CliRunner(Path home, Map<String, String> environment) {
        this(home, environment, null);
    }

    /** With a model provider to spar with. */
    CliRunner(Path home, ChatProvider provider) {
        this(home, System.getenv(), provider);
    }

    /** With this environment and model provider (null: the application's own). */
    CliRunner(Path home, Map<String, String> environment, ChatProvider provider) {
        this.context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"), home.resolve("projects")),
                environment, provider);
        context.settings().setLanguage(Locale.ENGLISH);
        context.settings().setAuthorName("Tester");
    }

    private CliRunner(AppContext context) {
        this.context = context;
        context.settings().setLanguage(Locale.ENGLISH);
        context.settings().setAuthorName("Tester");
    }

    /** With this environment, no keyring, and team boards opened by {@code teamBoards}. */
    static CliRunner onTeamBoards(Path home, Map<String, String> environment, TeamBoards teamBoards) {
        return new CliRunner(new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"),
                home.resolve("projects")), environment, null, CliRunner::noKeyring, teamBoards));
    }

    private static KeyringBackend noKeyring() {
        throw new IllegalStateException("no keyring in this test");
    }

    /** Without provider keys, and the fake server chosen as an Ollama serving llama3.2. */
    static CliRunner overOllama(Path home, FakeProviderServer server) {
        CliRunner cli = new CliRunner(home, Map.of());
        cli.context().providerPreferences().choose(new ProviderSettings(ProviderKind.OLLAMA, server.url(""),
                "llama3.2", 0.7));
        return cli;
    }

    AppContext context() {
        return context;
    }

    CliRunner french() {
        context.settings().setLanguage(Locale.FRENCH);
        return this;
    }

    Result run(Object... args) {
        return execute(null, args);
    }

    /** As if standard output were a terminal. */
    Result runOnTerminal(Object... args) {
        return execute(Boolean.TRUE, args);
    }

    private Result execute(Boolean terminal, Object[] args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i].toString();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(context, new Gui(context), terminal).run(strings,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a run printed and returned. */
    record Result(int code, String out, String err) {
        /** The error output, which must be exactly one line. */
        String errorLine() {
            if (!err.endsWith(System.lineSeparator()) || err.strip().contains("\n")) {
                throw new AssertionError("Expected exactly one line on stderr, got: <" + err + ">");
            }
            return err.strip();
        }
    }
}
