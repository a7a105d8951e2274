package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.app.AppContext;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;
import org.offpiste.store.SqliteProjectFiles;

/** A real Offpiste process killed (SIGKILL) while an answer streams: the partial answer survives, marked incomplete. */
class AnswerKillTest {
    @TempDir
    Path dir;

    private static Process start(Path home, Path file, Path out) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StreamingProcess.class.getName(), home.toString(),
                file.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(out.toFile());
        return pb.start();
    }

    /** The last {@code text <n>} the process printed, or -1. */
    private static int lastLength(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("text ")) {
                return Integer.parseInt(lines.get(i).substring(5).strip());
            }
        }
        return -1;
    }

    @Test
    void anAnswerStreamingWhenTheProgramIsKilledIsThereAfterwardsIncompleteWithItsText() throws Exception {
        Path file = dir.resolve("killed.offpiste");
        new SqliteProjectFiles().create(file).close();
        Path out = dir.resolve("out.txt");
        Process child = start(dir, file, out);
        int beforePause;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastLength(out) < 200) {
                assertThat(child.isAlive()).as("process alive").isTrue();
                assertThat(System.nanoTime()).as("streaming in time").isLessThan(deadline);
                Thread.sleep(10);
            }
            beforePause = lastLength(out);
            Thread.sleep(600);
            assertThat(child.isAlive()).isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        int printed = lastLength(out);
        AppContext context = new AppContext(new AppDirs(dir.resolve("config"), dir.resolve("logs"),
                dir.resolve("projects")), new ScriptedProvider());
        try (Session session = context.open(file)) {
            Conversation c = session.sparring().conversations().get(0);
            List<Message> thread = session.sparring().thread(c.id());
            assertThat(thread).hasSize(2);
            Message answer = thread.get(1);
            assertThat(answer.status()).isEqualTo(MessageStatus.INCOMPLETE);
            assertThat(StreamingProcess.fullText()).startsWith(answer.text());
            assertThat(answer.text().length()).as("text written before the pause")
                    .isGreaterThanOrEqualTo(beforePause).isLessThanOrEqualTo(printed);
            assertThat(answer.provenance().prompt()).contains("slowly");
        }
    }
}
