package org.offpiste.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the person gives us to read (briefs, CSV): UTF-8, problems become exit code 4 with one line. */
final class InputFiles {
    private InputFiles() {
    }

    /** The whole text of {@code file}, without a byte order mark. */
    static String readText(Path file) {
        requireFile(file);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw CliFailure.input("cli.error.notUtf8", file);
        } catch (IOException | SecurityException e) {
            throw CliFailure.input("cli.error.unreadable", file);
        }
    }

    /** A strict UTF-8 reader on {@code file} (malformed bytes raise a CharacterCodingException). */
    static BufferedReader open(Path file) {
        requireFile(file);
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        } catch (IOException | SecurityException e) {
            throw CliFailure.input("cli.error.unreadable", file);
        }
    }

    /** Maps a failure while reading {@code file} to the person's one-line message. */
    static CliFailure readFailure(Path file, IOException e) {
        return e instanceof CharacterCodingException
                ? CliFailure.input("cli.error.notUtf8", file)
                : CliFailure.input("cli.error.unreadable", file);
    }

    private static void requireFile(Path file) {
        if (!Files.exists(file)) {
            throw CliFailure.input("cli.error.inputMissing", file);
        }
        if (!Files.isRegularFile(file)) {
            throw CliFailure.input("cli.error.notAFile", file);
        }
    }
}
