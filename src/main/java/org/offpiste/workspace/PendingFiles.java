package org.offpiste.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.offpiste.project.TeamBoardAddress;

/**
 * The pending edits of team boards on this computer: one JSON file per board in one folder, named
 * by a hash of the board's address, written whole or not at all (a temporary file moved over it).
 */
final class PendingFiles {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path folder;

    PendingFiles(Path folder) {
        this.folder = folder;
    }

    Path file(TeamBoardAddress board) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(board.display().getBytes(StandardCharsets.UTF_8));
            return folder.resolve("board-" + HexFormat.of().formatHex(hash, 0, 12) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** The board's pending edits; empty when there are none (or the file cannot be read: it is left there). */
    Optional<PendingEdits> read(TeamBoardAddress board) {
        Path f = file(board);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(f.toFile(), PendingEdits.class)).filter(p -> !p.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps {@code edits} for the board (no file when they are empty). */
    void write(TeamBoardAddress board, PendingEdits edits) {
        Path f = file(board);
        try {
            if (edits.isEmpty()) {
                Files.deleteIfExists(f);
                return;
            }
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".pending", ".tmp");
            try {
                json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), edits);
                Files.move(temp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(TeamBoardAddress board) {
        try {
            Files.deleteIfExists(file(board));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
