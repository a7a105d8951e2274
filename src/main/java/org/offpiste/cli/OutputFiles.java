package org.offpiste.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.offpiste.export.ExportFiles;

/** Writes an output file whole or not at all: to a temporary file beside it, then moved in place. */
final class OutputFiles {
    /** What writes the content. */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFiles() {
    }

    static void write(Path target, Content content) {
        writeBytes(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        });
    }

    /** A binary file (a PDF), or text the content encodes itself. */
    static void writeBytes(Path target, ExportFiles.Content content) {
        try {
            ExportFiles.write(target, content);
        } catch (IOException | SecurityException e) {
            throw new CliFailure(ExitCode.FAILURE, "cli.error.cannotWrite", target);
        }
    }
}
