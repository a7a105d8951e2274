package org.offpiste.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.board.PastedIdeas;
import org.offpiste.export.CsvImportException;
import org.offpiste.export.IdeaCsvReader;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.project.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste import FILE IDEAS [--format csv|list]}: adds the rows of a CSV file, or the
 * ideas of a text list (numbered or bulleted items, bold titles, JSON, one idea per line: as
 * "Paste ideas…" reads it) into the Inbox, all or nothing, as one undoable action. A list is
 * recognised by its extension (.txt, .md); {@code -} reads standard input. The input is read
 * completely before the project is touched.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ImportCommand implements Callable<Integer> {
    private static final String STDIN = "-";
    private final CliEnv env;
    private final InputStream stdin;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Parameters(index = "1", paramLabel = "IDEAS", descriptionKey = "csv")
    private Path csv;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "importFormat")
    private String format;

    ImportCommand(CliEnv env) {
        this.env = env;
        this.stdin = System.in;
    }

    @Override
    public Integer call() {
        List<NewIdea> ideas = isList() ? readList() : read();
        try (Session session = env.openForWriting(file)) {
            if (!ideas.isEmpty()) {
                session.board().addAll(ideas);
            }
        }
        env.say("cli.import.done", ideas.size(), file);
        return ExitCode.OK;
    }

    private boolean stdin() {
        return STDIN.equals(csv.toString());
    }

    private boolean isList() {
        if (format != null) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("list")) {
                throw CliFailure.usage("cli.error.badFormat", format, "csv, list");
            }
            return f.equals("list");
        }
        String name = csv.getFileName() == null ? "" : csv.getFileName().toString().toLowerCase(Locale.ROOT);
        return stdin() || name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
    }

    private List<NewIdea> readList() {
        String author = env.context().settings().authorName();
        return new PastedIdeas(new IdeaExtractor()).read(text()).stream()
                .map(i -> new NewIdea(i.title(), i.body(), List.of(), IdeaStatus.INBOX, author)).toList();
    }

    private String text() {
        if (!stdin()) {
            return InputFiles.readText(csv);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(stdin.readAllBytes())).toString();
        } catch (IOException e) {
            throw InputFiles.readFailure(csv, e);
        }
    }

    private List<NewIdea> read() {
        try (BufferedReader in = stdin() ? new BufferedReader(new StringReader(text())) : InputFiles.open(csv)) {
            return new IdeaCsvReader(env.context().settings().authorName()).read(in);
        } catch (CsvImportException e) {
            throw CliFailure.input("cli.import.badCsv", csv, env.messages().get(e.messageKey(), e.args()));
        } catch (IOException e) {
            throw InputFiles.readFailure(csv, e);
        }
    }
}
