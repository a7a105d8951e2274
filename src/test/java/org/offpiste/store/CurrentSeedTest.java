package org.offpiste.store;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Project;

/**
 * The seed of the current schema version, written by plain SQL, reads through the stores: on a
 * project file, or (with {@code -Doffpiste.test.backend=postgres}) on a team board.
 */
class CurrentSeedTest {
    @TempDir
    Path dir;

    @Test
    void theCurrentSeedReadsThroughTheStores() throws Exception {
        String seed = "seed/V" + Migrations.CURRENT + ".sql";
        if (!PostgresTesting.backendIsPostgres()) {
            Path file = MigrationsTest.fileAtVersion(dir.resolve("current.offpiste"), Migrations.CURRENT);
            try (Project p = new SqliteProjectFiles().open(file)) {
                MigrationsTest.assertSeedData(p);
            }
            return;
        }
        try (PostgresTestBoard board = PostgresTesting.board()) {
            board.open().close();
            try (Connection c = board.connect()) {
                PostgresSeed.load(c, seed);
            }
            try (Project p = board.open()) {
                MigrationsTest.assertSeedData(p);
            }
        }
    }
}
