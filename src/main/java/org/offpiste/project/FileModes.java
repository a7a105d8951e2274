package org.offpiste.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files written through a temporary file (copies, exports) are created owner-only by the JDK.
 * Before the move, give them the permissions of the file they replace, or the usual
 * {@code rw-r--r--} for a new one, so a copy in a shared folder can be opened by colleagues.
 */
public final class FileModes {
    private static final Set<PosixFilePermission> USUAL = PosixFilePermissions.fromString("rw-r--r--");

    private FileModes() {
    }

    public static void likeTarget(Path temp, Path target) throws IOException {
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
            return; // Windows: the folder's inherited rights already apply
        }
        Set<PosixFilePermission> mode = Files.isRegularFile(target) ? Files.getPosixFilePermissions(target) : USUAL;
        Files.setPosixFilePermissions(temp, mode);
    }
}
