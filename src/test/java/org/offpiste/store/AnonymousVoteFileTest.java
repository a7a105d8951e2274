package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.VoteService;

/** An anonymous round stores no voter name: not in the file, not in its write-ahead log. */
@Tag("file")
class AnonymousVoteFileTest {
    private static final List<String> PARTICIPANTS = List.of("Zéphyrine Quillfeather", "Bartholomew Oyelaran",
            "Søren Vandermolen");
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    @TempDir
    Path dir;

    @Test
    void noParticipantsNameReachesTheFileEvenWhenGivenByMistake() throws IOException {
        Path file = dir.resolve("secret.offpiste");
        Path wal = dir.resolve("secret.offpiste-wal");
        try (Project p = new SqliteProjectFiles().create(file)) {
            List<Long> ideas = new ArrayList<>();
            for (String title : List.of("Lanterns", "Fondue", "Sledges", "Torches")) {
                ideas.add(p.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.SHORTLIST, "Host")).id());
            }
            VoteService votes = new VoteService(p.votes(), new SplittableRandom(1));
            long round = votes.open("Secret round", true, 2, 1, ideas).id();
            votes.cast(round, PARTICIPANTS.get(0), List.of(ideas.get(0), ideas.get(1)));
            votes.cast(round, PARTICIPANTS.get(1), List.of(ideas.get(2)));
            votes.cast(round, null, List.of(ideas.get(1), ideas.get(3)));
            votes.cast(round, PARTICIPANTS.get(2), List.of(ideas.get(3)));
            assertThat(votes.store().ballots(round)).isEqualTo(4);
            assertThat(Files.size(wal)).isPositive();
            assertNoName(file, wal);
            votes.close(round);
            assertNoName(file, wal);
        }
        assertThat(wal).doesNotExist();
        assertNoName(file, wal);
        try (Project p = new SqliteProjectFiles().open(file)) {
            assertThat(p.votes().ballotsOf(p.votes().rounds().get(0).id())).hasSize(4)
                    .allSatisfy(b -> assertThat(b.voter()).isNull());
        }
    }

    /** The project file and its log hold the round (so the scan reads the data) but no participant's name. */
    private static void assertNoName(Path file, Path wal) throws IOException {
        byte[] main = Files.readAllBytes(file);
        byte[] log = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        byte[] bytes = new byte[main.length + log.length];
        System.arraycopy(main, 0, bytes, 0, main.length);
        System.arraycopy(log, 0, bytes, main.length, log.length);
        assertThat(indexOf(bytes, "Secret round".getBytes(StandardCharsets.UTF_8))).as("the scan reads the data")
                .isNotNegative();
        for (String name : PARTICIPANTS) {
            for (String form : List.of(name, name.toLowerCase(Locale.ROOT), name.split(" ")[1])) {
                for (Charset cs : ENCODINGS) {
                    assertThat(indexOf(bytes, form.getBytes(cs))).as("%s in %s (%s)", form, file.getFileName(), cs)
                            .isEqualTo(-1);
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
