package org.offpiste.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.ProjectFiles;

/**
 * Project files as SQLite databases (see docs/decisions/0001-sqlite-project-file.md). A file is
 * judged by its header in plain Java before SQLite opens it, so bad files are never touched.
 */
public final class SqliteProjectFiles implements ProjectFiles {
    private final Times times;

    public SqliteProjectFiles() {
        this(Clock.systemUTC());
    }

    SqliteProjectFiles(Clock clock) {
        this.times = new Times(clock);
    }

    @Override
    public Project create(Path file) {
        Path path = file.toAbsolutePath();
        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ProjectException(Problem.MISSING_FOLDER, file, null);
        }
        if (Files.exists(path)) {
            throw new ProjectException(Problem.ALREADY_EXISTS, file, null);
        }
        if (!writable(folder)) {
            throw new ProjectException(Problem.READ_ONLY, file, "folder is read-only");
        }
        try {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            throw new ProjectException(Problem.ALREADY_EXISTS, file, null, e);
        } catch (AccessDeniedException e) {
            throw new ProjectException(Problem.READ_ONLY, file, e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectException(Problem.IO, file, e.getMessage(), e);
        }
        try {
            return new SqlProject(Database.create(path), times);
        } catch (RuntimeException e) {
            deleteQuietly(path);
            throw e;
        }
    }

    @Override
    public Project open(Path file) {
        Path path = file.toAbsolutePath();
        Path folder = path.getParent();
        if (!Files.exists(path)) {
            boolean noFolder = folder == null || !Files.isDirectory(folder);
            throw new ProjectException(noFolder ? Problem.MISSING_FOLDER : Problem.NOT_FOUND, file, null);
        }
        if (!Files.isRegularFile(path)) {
            throw new ProjectException(Problem.NOT_A_DATABASE, file, "not a regular file");
        }
        Optional<Problem> problem;
        try {
            problem = FileHeader.read(path).problem(walPresent(path));
        } catch (IOException e) {
            throw new ProjectException(Problem.IO, file, e.getMessage(), e);
        }
        if (problem.isPresent()) {
            throw new ProjectException(problem.get(), file, "judged from the file header");
        }
        boolean readOnly = !writable(path) || !writable(folder);
        return new SqlProject(Database.open(path, readOnly), times);
    }

    private static boolean walPresent(Path path) throws IOException {
        Path wal = path.resolveSibling(path.getFileName() + "-wal");
        return Files.exists(wal) && Files.size(wal) > 0;
    }

    /**
     * Writable by this process and not marked read-only: a file whose permissions deny
     * writing is treated as read-only even for a user (root) who could override them.
     */
    static boolean writable(Path p) {
        if (!Files.isWritable(p)) {
            return false;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (view == null) {
            return true;
        }
        try {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            return perms.contains(PosixFilePermission.OWNER_WRITE) || perms.contains(PosixFilePermission.GROUP_WRITE)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return true;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
            Files.deleteIfExists(p.resolveSibling(p.getFileName() + "-wal"));
            Files.deleteIfExists(p.resolveSibling(p.getFileName() + "-journal"));
        } catch (IOException e) {
            // The failure to create the project is what is reported.
            assert e.getMessage() != null;
        }
    }
}
