package org.offpiste.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.offpiste.export.ExportFormat;
import org.offpiste.export.ExportSource;
import org.offpiste.export.ProjectExporter;
import org.offpiste.project.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste export FILE --format md|csv|json|pdf [--shortlist] [--output PATH]}: every idea
 * (or the Shortlist's), oldest first. A PDF is always the Shortlist's one-pager for a client; it goes
 * to standard output only when that is not a terminal. An empty Shortlist is a usage error.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ExportCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "exportFormat")
    private String format;

    @Option(names = "--shortlist")
    private boolean shortlist;

    @Option(names = "--output", paramLabel = "PATH")
    private Path output;

    ExportCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        ExportFormat f = parse(format);
        boolean onlyShortlist = shortlist || f.shortlistOnly();
        if (output == null && f.binary() && env.stdoutIsTerminal()) {
            throw CliFailure.usage("cli.export.needsOutput", f.extension());
        }
        if (output != null && sameFile(output, file)) {
            throw CliFailure.usage("cli.error.outputIsProject", output);
        }
        try (Session session = env.open(file)) {
            ProjectExporter exporter = new ProjectExporter(env.messages());
            ExportSource source = exporter.read(session, onlyShortlist, IdeaFigures::of);
            if (onlyShortlist && source.ideas().isEmpty()) {
                throw CliFailure.usage("cli.export.emptyShortlist", file);
            }
            if (output == null) {
                OutputStream out = env.bytes();
                exporter.write(f, source, out);
                out.flush();
                return ExitCode.OK;
            }
            OutputFiles.writeBytes(output, o -> exporter.write(f, source, o));
            env.say(onlyShortlist ? "cli.export.doneShortlist" : "cli.export.done", source.ideas().size(), output);
        }
        return ExitCode.OK;
    }

    /** "md" (or "markdown"), "csv", "json", "pdf", any case. */
    private static ExportFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : ExportFormat.values()) {
            if (f.extension().equals(t) || f.key().equals(t)) {
                return f;
            }
        }
        throw CliFailure.usage("cli.error.badFormat", text, "md, csv, json, pdf");
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
                || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    }
}
