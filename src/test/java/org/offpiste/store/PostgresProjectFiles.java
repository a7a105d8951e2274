package org.offpiste.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.ProjectFiles;

/**
 * The store tests' "project files" when they run on PostgreSQL: each file path stands for its own
 * schema on the test server (named from the path), so that a test creating a file, closing it and
 * opening it again gets the same board back. Nothing is written on disk.
 */
final class PostgresProjectFiles implements ProjectFiles {
    private final Clock clock;

    PostgresProjectFiles(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Project create(Path file) {
        String schema = schemaFor(file);
        if (PostgresTesting.schemaExists(schema)) {
            throw new ProjectException(Problem.ALREADY_EXISTS, file, schema);
        }
        return PostgresTesting.board(schema).open(clock);
    }

    @Override
    public Project open(Path file) {
        String schema = schemaFor(file);
        if (!PostgresTesting.schemaExists(schema)) {
            throw new ProjectException(Problem.NOT_FOUND, file, schema);
        }
        return new PostgresTestBoard(PostgresTesting.target(), schema).open(clock);
    }

    /** The schema a path stands for in this JVM. */
    static String schemaFor(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return PostgresTesting.PREFIX + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
