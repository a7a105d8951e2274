package org.offpiste.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Prints figures as "name = value" lines, and appends them to a results file when one is given. */
final class Report {
    private final PrintStream out;
    private final Path file;

    Report(PrintStream out, Path file) {
        this.out = out;
        this.file = file;
    }

    void section(String title) {
        line("");
        line("## " + title);
    }

    void figure(String name, String value) {
        line(String.format(Locale.ROOT, "%-44s %s", name, value));
    }

    void note(String text) {
        line("   " + text);
    }

    void line(String text) {
        out.println(text);
        out.flush();
        if (file != null) {
            try {
                Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                out.println("(could not write " + file + ": " + e.getMessage() + ")");
            }
        }
    }
}
