package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;

/** Every file a person might point Offpiste at that is not a healthy project: refused, untouched. */
@Tag("file")
class BadFilesTest {
    @TempDir
    Path dir;
    private final SqliteProjectFiles files = new SqliteProjectFiles();

    /** A closed project with some ideas, so that it spans many pages. */
    static Path project(Path file, int ideas) {
        try (Project p = new SqliteProjectFiles().create(file)) {
            List<NewIdea> list = new java.util.ArrayList<>();
            for (int i = 0; i < ideas; i++) {
                list.add(new NewIdea("Idea " + i, "Body of idea number " + i + " ".repeat(i % 7) + "x".repeat(50),
                        List.of("t" + (i % 13)), IdeaStatus.INBOX, "me"));
            }
            p.ideas().addAll(list);
        }
        return file;
    }

    /** Asserts that opening {@code file} fails with {@code problem} and leaves the folder byte-for-byte as it was. */
    private void assertRefusedUntouched(Path file, Problem problem) throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime mtime = Files.getLastModifiedTime(file);
        List<String> listing = ProjectFilesTest.names(dir);
        assertThatThrownBy(() -> files.open(file))
                .isInstanceOfSatisfying(ProjectException.class, e -> assertThat(e.problem()).isEqualTo(problem));
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("bytes unchanged").isTrue();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(mtime);
        assertThat(ProjectFilesTest.names(dir)).as("no side file").isEqualTo(listing);
    }

    private static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void missingFileIsNotFound() {
        assertThatThrownBy(() -> files.open(dir.resolve("nope.offpiste")))
                .isInstanceOfSatisfying(ProjectException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }

    @Test
    void missingFolderOnCreateAndOpen() {
        Path file = dir.resolve("no such folder").resolve("p.offpiste");
        assertThatThrownBy(() -> files.create(file)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.MISSING_FOLDER));
        assertThatThrownBy(() -> files.open(file)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.MISSING_FOLDER));
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void createOverAnExistingFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("p.offpiste"), "precious");
        assertThatThrownBy(() -> files.create(file)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS));
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void textFileIsNotADatabase() throws IOException {
        assertRefusedUntouched(Files.writeString(dir.resolve("notes.offpiste"), "# My brief\n\nNot SQLite."),
                Problem.NOT_A_DATABASE);
    }

    @Test
    void emptyFileIsNotADatabase() throws IOException {
        assertRefusedUntouched(Files.createFile(dir.resolve("empty.offpiste")), Problem.NOT_A_DATABASE);
    }

    @Test
    void directoryIsNotADatabase() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.offpiste"));
        assertThatThrownBy(() -> files.open(folder)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_DATABASE));
    }

    @Test
    void anotherProgramsDatabaseIsNotOffpiste() throws Exception {
        Path file = dir.resolve("other.db");
        sql(file, "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)");
        assertRefusedUntouched(file, Problem.NOT_OFFPISTE);
        sql(file, "PRAGMA application_id = 42");
        assertRefusedUntouched(file, Problem.NOT_OFFPISTE);
    }

    @Test
    void truncatedFilesAreTruncated() throws IOException {
        Path file = project(dir.resolve("p.offpiste"), 2000);
        long length = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length / 2);
        }
        assertRefusedUntouched(file, Problem.TRUNCATED);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(60);
        }
        assertRefusedUntouched(file, Problem.TRUNCATED);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(10);
        }
        assertRefusedUntouched(file, Problem.TRUNCATED);
    }

    @Test
    void damagedPagesAreCorrupt() throws IOException {
        Path file = project(dir.resolve("p.offpiste"), 2000);
        long length = Files.size(file);
        Random random = new Random(7);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 2; page * 4096 < length; page += 5) {
                byte[] junk = new byte[512];
                random.nextBytes(junk);
                raf.seek((page - 1) * 4096 + 100);
                raf.write(junk);
            }
        }
        assertRefusedUntouched(file, Problem.CORRUPT);
    }

    @Test
    void projectFromANewerVersionIsRefused() throws Exception {
        Path file = project(dir.resolve("p.offpiste"), 10);
        sql(file, "PRAGMA user_version = " + (Migrations.CURRENT + 1));
        assertRefusedUntouched(file, Problem.NEWER_VERSION);
    }

    @Test
    void headerFieldsAreReadInPlainJava() throws IOException {
        Path file = project(dir.resolve("p.offpiste"), 10);
        FileHeader h = FileHeader.read(file);
        assertThat(h.applicationId()).isEqualTo(Migrations.APPLICATION_ID);
        assertThat(h.userVersion()).isEqualTo(Migrations.CURRENT);
        assertThat(h.expectedLength()).isEqualTo(Files.size(file));
        assertThat(h.problem(false)).isEmpty();
        assertThat(new String(Files.readAllBytes(file), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
    }
}
