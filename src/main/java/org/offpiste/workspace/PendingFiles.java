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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.offpiste.project.TeamBoardAddress;

/**
 * The pending edits of team boards on this computer: one JSON file per board in one folder, named
 * by a hash of the board's address, written whole or not at all (a temporary file moved over it).
 * Edits that would overwrite others kept for the same board (two windows on it, each with its own
 * text) go to a file of their own beside it, so nothing typed is lost.
 */
final class PendingFiles {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path folder;

    PendingFiles(Path folder) {
        this.folder = folder;
    }

    Path file(TeamBoardAddress board) {
        return folder.resolve(prefix(board) + ".json");
    }

    private static String prefix(TeamBoardAddress board) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(board.display().getBytes(StandardCharsets.UTF_8));
            return "board-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /**
     * Keeps {@code typed} for the board: merged into the board's file when no part clashes with what
     * it holds, else (or when that file cannot be read) in a file of its own.
     */
    void keep(TeamBoardAddress board, PendingEdits typed) {
        if (typed.isEmpty()) {
            return;
        }
        Optional<PendingEdits> before;
        try {
            before = read(board);
        } catch (UncheckedIOException e) {
            write(folder.resolve(prefix(board) + "-" + UUID.randomUUID() + ".json"), typed);
            return;
        }
        if (before.isEmpty() || !before.get().clashesWith(typed)) {
            write(board, before.map(b -> b.with(typed)).orElse(typed));
        } else {
            write(folder.resolve(prefix(board) + "-" + UUID.randomUUID() + ".json"), typed);
        }
    }

    /** Every file of edits kept for the board, oldest first. */
    List<Path> kept(TeamBoardAddress board) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String p = prefix(board);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".json") && (n.equals(p + ".json") || n.startsWith(p + "-"));
            }).sorted(Comparator.comparing(PendingFiles::modified)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** The edits in one kept file; empty when it holds none or is gone. */
    Optional<PendingEdits> read(Path f) {
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(f.toFile(), PendingEdits.class)).filter(p -> !p.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The board's pending edits; empty when there are none (or the file cannot be read: it is left there). */
    Optional<PendingEdits> read(TeamBoardAddress board) {
        return read(file(board));
    }

    /** Keeps {@code edits} for the board (no file when they are empty). */
    void write(TeamBoardAddress board, PendingEdits edits) {
        write(file(board), edits);
    }

    private void write(Path f, PendingEdits edits) {
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
        delete(file(board));
    }

    void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
