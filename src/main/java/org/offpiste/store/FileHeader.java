package org.offpiste.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.offpiste.project.Problem;

/**
 * The first 100 bytes of a SQLite file, read in plain Java before SQLite sees the file, so a
 * file that is not ours is refused without being touched.
 * See https://www.sqlite.org/fileformat.html#the_database_header.
 */
final class FileHeader {
    static final int SIZE = 100;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private final ByteBuffer header;
    private final long length;

    private FileHeader(ByteBuffer header, long length) {
        this.header = header;
        this.length = length;
    }

    static FileHeader read(Path file) throws IOException {
        long length = Files.size(file);
        byte[] bytes = new byte[SIZE];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (n < SIZE) {
                int r = in.read(bytes, n, SIZE - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        }
        return new FileHeader(ByteBuffer.wrap(Arrays.copyOf(bytes, n)), length);
    }

    /**
     * Why this file cannot be an Offpiste project, judged from its header alone.
     * {@code walPresent}: a non-empty write-ahead log lies beside the file (after a crash),
     * which may hold pages not yet in the file, so its size is not judged.
     */
    Optional<Problem> problem(boolean walPresent) {
        int n = header.limit();
        byte[] start = Arrays.copyOf(header.array(), Math.min(n, MAGIC.length));
        if (n < MAGIC.length || !Arrays.equals(start, MAGIC)) {
            boolean prefix = n > 0 && Arrays.equals(start, Arrays.copyOf(MAGIC, n));
            return Optional.of(prefix ? Problem.TRUNCATED : Problem.NOT_A_DATABASE);
        }
        if (n < SIZE) {
            return Optional.of(Problem.TRUNCATED);
        }
        if (!walPresent && length < expectedLength()) {
            return Optional.of(Problem.TRUNCATED);
        }
        if (applicationId() != Migrations.APPLICATION_ID) {
            return Optional.of(Problem.NOT_OFFPISTE);
        }
        if (userVersion() > Migrations.CURRENT) {
            return Optional.of(Problem.NEWER_VERSION);
        }
        return Optional.empty();
    }

    int pageSize() {
        int v = Short.toUnsignedInt(header.getShort(16));
        return v == 1 ? 65536 : v;
    }

    /** The size the header claims, when its page count is valid (else 0). */
    long expectedLength() {
        int changeCounter = header.getInt(24);
        long pages = Integer.toUnsignedLong(header.getInt(28));
        int validFor = header.getInt(92);
        return validFor == changeCounter ? pages * pageSize() : 0;
    }

    int userVersion() {
        return header.getInt(60);
    }

    int applicationId() {
        return header.getInt(68);
    }
}
