package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.brief.BriefField;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;

/** A real Offpiste process, killed with SIGKILL while it writes, many times over the same file. */
@Tag("file")
class CrashSafetyTest {
    private static final int ROUNDS = 25;
    @TempDir
    Path dir;

    private static Process start(String mode, Path file, long from, Path out) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(), mode, file.toString(),
                Long.toString(from));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(out.toFile());
        return pb.start();
    }

    /** Waits until the process says it has the project open (its output goes to a file, read by polling). */
    private static void awaitReady(Process p, Path out) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(out).startsWith("ready\n")) {
            assertThat(p.isAlive()).as("process alive").isTrue();
            assertThat(System.nanoTime()).as("process ready in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** What the killed processes acknowledged: all of it must be in the file. */
    private static final class Acks {
        final Map<Long, Long> added = new HashMap<>();
        final Map<Long, Long> lastEdit = new HashMap<>();
        final Map<Long, Integer> bulks = new HashMap<>();
        long lastBrief = -1;
        int count;

        void read(String line) {
            String[] w = line.split(" ");
            if (w.length < 3 || !w[0].equals("ack")) {
                return;
            }
            long n = Long.parseLong(w[1]);
            count++;
            switch (w[2]) {
                case "add" -> added.put(Long.parseLong(w[3]), n);
                case "edit" -> lastEdit.put(Long.parseLong(w[3]), n);
                case "bulk" -> bulks.put(Long.parseLong(w[3]), Integer.parseInt(w[4]));
                case "brief" -> lastBrief = n;
                default -> throw new IllegalStateException(line);
            }
        }

        void assertIn(Project p) {
            added.forEach((id, n) -> assertThat(p.ideas().find(id)).as("idea of ack " + n).get()
                    .extracting(Idea::title).isEqualTo("idea " + n));
            lastEdit.forEach((id, n) -> {
                String body = p.ideas().find(id).orElseThrow().body();
                assertThat(body).as("edit of ack " + n).startsWith("edited ");
                assertThat(Long.parseLong(body.substring(7))).isGreaterThanOrEqualTo(n);
            });
            bulks.forEach((first, size) -> {
                List<Long> ids = java.util.stream.LongStream.range(first, first + size).boxed().toList();
                assertThat(p.ideas().findAll(ids)).as("bulk from " + first).hasSize(size);
            });
            if (lastBrief >= 0) {
                String notes = p.briefs().latest().orElseThrow().brief().get(BriefField.NOTES);
                assertThat(Long.parseLong(notes.substring(5))).as("brief").isGreaterThanOrEqualTo(lastBrief);
            }
        }
    }

    @Test
    void killedMidWriteManyTimesTheFileStaysHealthyAndKeepsEveryAcknowledgedWrite() throws Exception {
        Path file = dir.resolve("crash.offpiste");
        new SqliteProjectFiles().create(file).close();
        Random random = new Random();
        Acks acks = new Acks();
        int walLeftBehind = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path out = dir.resolve("out" + round + ".txt");
            Process writer = start("write", file, round * 1_000_000L, out);
            try {
                awaitReady(writer, out);
                Thread.sleep(100 + random.nextInt(501));
            } finally {
                writer.destroyForcibly();
                assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            Files.readAllLines(out).forEach(acks::read);
            if (Files.exists(dir.resolve("crash.offpiste-wal"))) {
                walLeftBehind++;
            }
            try (Project p = new SqliteProjectFiles().open(file)) {
                assertThat(StoreTesting.scalar(p, "PRAGMA integrity_check")).as("round " + round).isEqualTo("ok");
                acks.assertIn(p);
            }
        }
        assertThat(acks.count).as("acknowledged writes").isGreaterThan(ROUNDS * 5);
        assertThat(acks.bulks).isNotEmpty();
        assertThat(walLeftBehind).as("kills that left a write-ahead log to recover").isEqualTo(ROUNDS);
        System.out.printf("crash test: %d acknowledged writes over %d kills%n", acks.count, ROUNDS);
    }

    @Test
    void anotherProcessHoldingTheProjectMeansLockedUntilItDies() throws Exception {
        Path file = dir.resolve("held.offpiste");
        new SqliteProjectFiles().create(file).close();
        Path out = dir.resolve("hold.txt");
        Process holder = start("hold", file, 0, out);
        try {
            awaitReady(holder, out);
            assertThatThrownBy(() -> new SqliteProjectFiles().open(file)).isInstanceOfSatisfying(
                    ProjectException.class, e -> assertThat(e.problem()).isEqualTo(Problem.LOCKED));
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        try (Project p = new SqliteProjectFiles().open(file)) {
            assertThat(p.ideas().count()).isZero();
        }
        assertThat(ProjectFilesTest.names(dir)).containsExactly("held.offpiste", "hold.txt");
    }
}
