package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;

/** An open project: one writer, read-only files, a full disk, copies. */
@Tag("file")
class OpenProjectTest {
    @TempDir
    Path dir;
    private final SqliteProjectFiles files = new SqliteProjectFiles();

    private static NewIdea idea(String title) {
        return new NewIdea(title, "body", List.of("tag"), IdeaStatus.INBOX, "me");
    }

    private static void assertProblem(Runnable action, Problem problem) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @Test
    void aSecondOpenIsToldTheFileIsLocked() {
        Path file = dir.resolve("p.offpiste");
        try (Project first = files.create(file)) {
            first.ideas().add(idea("one"));
            long start = System.nanoTime();
            assertProblem(() -> files.open(file), Problem.LOCKED);
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until told").isLessThan(2000);
            first.ideas().add(idea("two"));
        }
        try (Project again = files.open(file)) {
            assertThat(again.ideas().count()).isEqualTo(2);
        }
    }

    @Test
    void readOnlyFileOpensReadOnlyAndRefusesEveryWriteUntouched() throws IOException {
        Path file = dir.resolve("p.offpiste");
        long id;
        try (Project p = files.create(file)) {
            id = p.ideas().add(idea("kept")).id();
            p.briefs().append(Brief.empty().with(BriefField.TITLE, "T"));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        FileTime mtime = Files.getLastModifiedTime(file);
        try (Project p = files.open(file)) {
            assertThat(p.readOnly()).isTrue();
            assertThat(p.ideas().find(id)).isPresent();
            Idea kept = p.ideas().find(id).orElseThrow();
            assertProblem(() -> p.ideas().add(idea("new")), Problem.READ_ONLY);
            assertProblem(() -> p.ideas().addAll(List.of(idea("new"))), Problem.READ_ONLY);
            assertProblem(() -> p.ideas().update(kept), Problem.READ_ONLY);
            assertProblem(() -> p.ideas().delete(id), Problem.READ_ONLY);
            assertProblem(() -> p.ideas().undelete(id), Problem.READ_ONLY);
            assertProblem(() -> p.ideas().purgeDeleted(), Problem.READ_ONLY);
            assertProblem(() -> p.briefs().append(Brief.empty()), Problem.READ_ONLY);
            assertProblem(() -> p.briefs().amend(1, Brief.empty()), Problem.READ_ONLY);
            assertThat(p.ideas().queryIds(IdeaQuery.all().withText("kept"))).containsExactly(id);
        }
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).isTrue();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(mtime);
        assertThat(ProjectFilesTest.names(dir)).containsExactly("p.offpiste");
    }

    @Test
    void fileInAReadOnlyFolderOpensReadOnly() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Path file = folder.resolve("p.offpiste");
        files.create(file).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Project p = files.open(file)) {
            assertThat(p.readOnly()).isTrue();
            assertProblem(() -> p.ideas().add(idea("x")), Problem.READ_ONLY);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(ProjectFilesTest.names(folder)).containsExactly("p.offpiste");
    }

    @Test
    void fullDiskRollsBackTheWriteKeepsEarlierDataAndRecovers() {
        Path file = dir.resolve("p.offpiste");
        try (Project p = files.create(file)) {
            Idea first = p.ideas().add(idea("before the disk filled"));
            SqliteDatabase db = StoreTesting.file(p);
            long pages = db.pageCount();
            db.maxPageCount(pages + 2);
            List<NewIdea> many = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                many.add(idea("filler " + i + " " + "x".repeat(200)));
            }
            assertProblem(() -> p.ideas().addAll(many), Problem.DISK_FULL);
            assertThat(p.ideas().count()).isEqualTo(1);
            assertThat(p.ideas().find(first.id())).contains(first);
            assertThat(StoreTesting.scalar(p, "PRAGMA integrity_check")).isEqualTo("ok");
            db.maxPageCount(1_000_000_000L);
            assertThat(p.ideas().addAll(many)).hasSize(2000);
            assertThat(p.ideas().count()).isEqualTo(2001);
        }
        try (Project p = files.open(file)) {
            assertThat(p.ideas().count()).isEqualTo(2001);
        }
    }

    @Test
    void saveCopyAsWritesAProjectThatOpensAndOverwritesAnEarlierCopy() throws IOException {
        Path file = dir.resolve("p.offpiste");
        Path copy = dir.resolve("copy.offpiste");
        Files.writeString(copy, "an older copy");
        Files.setPosixFilePermissions(copy, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        try (Project p = files.create(file)) {
            p.ideas().add(idea("in the copy"));
            p.saveCopyAs(copy);
            p.ideas().add(idea("after the copy"));
        }
        assertThat(ProjectFilesTest.names(dir)).containsExactly("copy.offpiste", "p.offpiste");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
                .as("a copy others may read, like the file it replaced").isEqualTo("rw-r--r--");
        byte[] header = Files.readAllBytes(copy);
        assertThat(new byte[] {header[18], header[19]}).as("rollback-journal file, readable from read-only media")
                .containsExactly(1, 1);
        try (Project c = files.open(copy)) {
            assertThat(c.ideas().query(IdeaQuery.all())).extracting(Idea::title).containsExactly("in the copy");
            assertThat(c.ideas().queryIds(IdeaQuery.all().withText("copy"))).hasSize(1);
        }
        assertThat(ProjectFilesTest.names(dir)).containsExactly("copy.offpiste", "p.offpiste");
    }

    @Test
    void saveCopyAsIntoAMissingFolderOrOverTheOpenProjectIsRefused() {
        try (Project p = files.create(dir.resolve("p.offpiste"))) {
            assertProblem(() -> p.saveCopyAs(dir.resolve("nowhere").resolve("c.offpiste")), Problem.MISSING_FOLDER);
            assertProblem(() -> p.saveCopyAs(dir.resolve("sub/../p.offpiste")), Problem.ALREADY_EXISTS);
        }
    }

    @Test
    void errorsOtherThanSqliteOnesAreIo() {
        assertThat(SqliteErrors.problem(new java.sql.SQLException("boom"))).isEqualTo(Problem.IO);
        assertThat(SqliteErrors.problem(new org.sqlite.SQLiteException("x", org.sqlite.SQLiteErrorCode.SQLITE_FULL)))
                .isEqualTo(Problem.DISK_FULL);
        assertThat(SqliteErrors.problem(new org.sqlite.SQLiteException("x",
                org.sqlite.SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT))).isEqualTo(Problem.LOCKED);
        assertThat(SqliteErrors.problem(new org.sqlite.SQLiteException("x", org.sqlite.SQLiteErrorCode.SQLITE_IOERR_WRITE)))
                .isEqualTo(Problem.IO);
    }
}
