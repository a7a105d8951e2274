package org.offpiste.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.offpiste.board.NewIdea;
import org.offpiste.export.CsvImportException;
import org.offpiste.export.IdeaCsvReader;
import org.offpiste.project.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code offpiste import FILE IDEAS.csv}: adds the rows of a CSV file as ideas, all or nothing,
 * as one undoable action. The file is read completely before the project is touched.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ImportCommand implements Callable<Integer> {
    private final CliEnv env;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "project")
    private Path file;

    @Parameters(index = "1", paramLabel = "IDEAS.csv", descriptionKey = "csv")
    private Path csv;

    ImportCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<NewIdea> ideas = read();
        try (Session session = env.openForWriting(file)) {
            if (!ideas.isEmpty()) {
                session.board().addAll(ideas);
            }
        }
        env.say("cli.import.done", ideas.size(), file);
        return ExitCode.OK;
    }

    private List<NewIdea> read() {
        try (BufferedReader in = InputFiles.open(csv)) {
            return new IdeaCsvReader(env.context().settings().authorName()).read(in);
        } catch (CsvImportException e) {
            throw CliFailure.input("cli.import.badCsv", csv, env.messages().get(e.messageKey(), e.args()));
        } catch (IOException e) {
            throw InputFiles.readFailure(csv, e);
        }
    }
}
