package org.offpiste.ideation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The person's own techniques, kept as {@value #FILE_NAME} in their settings folder, in the
 * format of the built-in techniques file. A file that cannot be read (broken, or written by a
 * newer version) is left as it is: {@link #load} reports it, and the first {@link #save} moves it
 * aside under a new name instead of writing over it.
 */
public final class OwnTechniques {
    public static final String FILE_NAME = "techniques.json";
    private final Path file;
    private final TechniqueFileWriter writer = new TechniqueFileWriter();
    private Path unreadable;

    public OwnTechniques(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    /** What loading found: the techniques, or why the file could not be read (then none). */
    public record Loaded(List<Technique> techniques, Optional<Problem> problem) {
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
            unreadable = null;
            return new Loaded(new TechniqueFileReader().readOwn(in), Optional.empty());
        } catch (NoSuchFileException e) {
            unreadable = null;
            return new Loaded(List.of(), Optional.empty());
        } catch (InvalidTechniqueFileException e) {
            return problem(e.getMessage());
        } catch (IOException e) {
            return problem(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Writes {@code techniques} atomically; a file that could not be read is first moved aside. */
    public synchronized void save(List<Technique> techniques) {
        try {
            if (unreadable != null && Files.exists(file)) {
                Files.move(file, unreadable);
            }
            unreadable = null;
            writer.write(file, techniques);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private Loaded problem(String reason) {
        unreadable = asideName();
        return new Loaded(List.of(), Optional.of(new Problem(file, reason, unreadable)));
    }

    private Path asideName() {
        for (int n = 1; ; n++) {
            Path candidate = file.resolveSibling("techniques.unreadable-" + n + ".json");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
