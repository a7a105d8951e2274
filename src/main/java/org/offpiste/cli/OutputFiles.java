package org.offpiste.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.offpiste.project.FileModes;

/** Writes an output file whole or not at all: to a temporary file beside it, then moved in place. */
final class OutputFiles {
    /** What writes the content. */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFiles() {
    }

    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(absolute.getParent(), ".offpiste-", ".tmp");
            FileModes.likeTarget(tmp, absolute);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            throw new CliFailure(ExitCode.FAILURE, "cli.error.cannotWrite", target);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // Left behind: a hidden temporary file, harmless.
            }
        }
    }
}
