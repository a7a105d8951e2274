package org.offpiste.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The facilitator's own agenda templates, kept as {@value #FILE_NAME} in their settings folder
 * (as {@code ideation/OwnTechniques} keeps techniques). A file that cannot be read (broken, or
 * written by a newer version) is left as it is: {@link #load} reports it, and the first
 * {@link #save} moves it aside under a new name instead of writing over it. The built-in
 * templates are in {@link BuiltInAgendas}, never in this file.
 */
public final class AgendaTemplates {
    public static final String FILE_NAME = "agendas.json";
    private final Path file;
    private final AgendaFile format = new AgendaFile();
    private Path unreadable;

    public AgendaTemplates(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    /** What loading found: the templates, or why the file could not be read (then none). */
    public record Loaded(List<Agenda> agendas, Optional<Problem> problem) {
    }

    /** The file could not be read: why, and the name it will be kept under when the person saves. */
    public record Problem(Path file, String reason, Path keptAsideAs) {
    }

    public Path file() {
        return file;
    }

    /** Reads the file; none yet is an empty list. Never throws for a bad file: it reports it. */
    public synchronized Loaded load() {
        try (InputStream in = Files.newInputStream(file)) {
            List<Agenda> agendas = format.read(in);
            unreadable = null;
            return new Loaded(agendas, Optional.empty());
        } catch (NoSuchFileException e) {
            unreadable = null;
            return new Loaded(List.of(), Optional.empty());
        } catch (InvalidAgendaFileException e) {
            return problem(e.getMessage());
        } catch (IOException e) {
            return problem(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Writes {@code agendas} atomically (a temporary file, then a move over the old one); a file
     * that could not be read is first moved aside. Saving before loading also never overwrites a
     * file this version cannot read: it is checked first.
     */
    public synchronized void save(List<Agenda> agendas) {
        try {
            if (unreadable == null && Files.exists(file)) {
                load();
            }
            if (unreadable != null && Files.exists(file)) {
                Files.move(file, unreadable);
            }
            unreadable = null;
            write(format.json(agendas));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private void write(String json) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
        try {
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Loaded problem(String reason) {
        unreadable = asideName();
        return new Loaded(List.of(), Optional.of(new Problem(file, reason, unreadable)));
    }

    private Path asideName() {
        for (int n = 1; ; n++) {
            Path candidate = file.resolveSibling("agendas.unreadable-" + n + ".json");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
