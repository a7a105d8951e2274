package org.offpiste.ideation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes a techniques file to share with a team (the format of the built-in one). */
final class TechniqueSharing {
    private TechniqueSharing() {
    }

    /** Every technique of {@code file}, or an exception saying why none can be taken. */
    static List<Technique> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<Technique> techniques = new TechniqueFileReader().readOwn(in);
            if (techniques.isEmpty()) {
                throw new InvalidTechniqueFileException("the file holds no techniques");
            }
            return techniques;
        }
    }

    static void write(Path file, List<Technique> techniques) throws IOException {
        new TechniqueFileWriter().write(file, techniques);
    }

    /** A reason for a person: the file's problem, not a stack trace. */
    static String reason(Throwable error) {
        Throwable e = error instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : error;
        if (e instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
