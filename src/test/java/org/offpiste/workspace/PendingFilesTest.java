package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.offpiste.store.SqliteProjectFiles;

/** Kept edits: one file per board, whole or absent, sent as ordinary edits that lose nothing. */
class PendingFilesTest {
    private static final TeamBoardAddress A = new TeamBoardAddress("db.example", 5432, "offsite", "ana", TlsMode.REQUIRE);
    private static final TeamBoardAddress B = new TeamBoardAddress("db.example", 5432, "retreat", "ana", TlsMode.REQUIRE);
    @TempDir
    Path dir;

    @Test
    void eachBoardHasItsFileNamedByAHashAndReadsBackWhatWasWritten() throws Exception {
        PendingFiles files = new PendingFiles(dir.resolve("pending"));
        PendingEdits edits = new PendingEdits(A.display(), new PendingEdits.IdeaText(7, "Igloo bar", "with a DJ",
                List.of("night"), "SHORTLIST", "2026-11-29T10:00:00Z"), "Torchlight descent", Map.of("title", "Winter offsite"));
        files.write(A, edits);

        assertThat(files.file(A)).isNotEqualTo(files.file(B));
        assertThat(files.file(A).getFileName().toString()).doesNotContain("offsite", "ana").endsWith(".json");
        assertThat(files.read(A)).contains(edits);
        assertThat(files.read(B)).isEmpty();
        try (var list = Files.list(dir.resolve("pending"))) {
            assertThat(list.toList()).containsExactly(files.file(A)); // no temporary file left
        }
        files.write(A, new PendingEdits(A.display(), null, " ", null));
        assertThat(files.file(A)).doesNotExist();
    }

    @Test
    void twoWindowsKeepingDifferentTextsOfOneBoardLoseNeither() {
        PendingFiles files = new PendingFiles(dir.resolve("pending"));
        PendingEdits first = new PendingEdits(A.display(), new PendingEdits.IdeaText(7, "Igloo bar", "", List.of(),
                "INBOX", null), "Torchlight descent", null);
        PendingEdits second = new PendingEdits(A.display(), new PendingEdits.IdeaText(8, "Sled race", "", List.of(),
                "INBOX", null), "Fondue hut", null);
        files.keep(A, first);
        files.keep(A, second);

        assertThat(files.kept(A)).hasSize(2);
        assertThat(files.kept(A).stream().map(f -> files.read(f).orElseThrow()).toList())
                .containsExactlyInAnyOrder(first, second);
        assertThat(files.kept(B)).isEmpty();
    }

    @Test
    void keepingAgainMergesWhatDoesNotClash() {
        PendingFiles files = new PendingFiles(dir.resolve("pending"));
        files.keep(A, new PendingEdits(A.display(), null, "Torchlight descent", null));
        PendingEdits idea = new PendingEdits(A.display(), new PendingEdits.IdeaText(7, "Igloo bar", "", List.of(),
                "INBOX", null), null, null);
        files.keep(A, idea);

        assertThat(files.kept(A)).containsExactly(files.file(A));
        assertThat(files.read(A)).contains(new PendingEdits(A.display(), idea.idea(), "Torchlight descent", null));
    }

    @Test
    void newerTypingWinsPartByPart() {
        PendingEdits old = new PendingEdits("b", null, "First", Map.of("title", "T"));
        PendingEdits newer = new PendingEdits("b", new PendingEdits.IdeaText(1, "x", "", List.of(), "INBOX", null), null, null);
        assertThat(old.with(newer)).isEqualTo(new PendingEdits("b", newer.idea(), "First", Map.of("title", "T")));
    }

    @Test
    void anIdeaChangedBySomeoneElseMeanwhileIsAConflictThatKeepsBothTexts() throws Exception {
        Project p = new SqliteProjectFiles().create(dir.resolve("board.offpiste"));
        try (Session s = new Session(p, new BriefService(p.briefs()), new BoardService(p.ideas(), () -> "ana"))) {
            Idea igloo = s.board().add("Igloo bar", "", List.of(), IdeaStatus.INBOX);
            Thread.sleep(5);
            new BoardService(p.ideas(), () -> "ben").edit(igloo.id(), "Igloo bar, Ben's take", "", List.of(),
                    IdeaStatus.INBOX); // another client

            PendingEdits.Sent sent = new PendingEdits("b", new PendingEdits.IdeaText(igloo.id(), "Igloo bar with a DJ",
                    "", List.of(), "INBOX", igloo.updatedAt().toString()), null, null).sendTo(s);

            assertThat(sent.conflict()).isTrue();
            assertThat(sent.idea()).isEqualTo(igloo.id());
            assertThat(p.ideas().find(igloo.id()).orElseThrow().title()).isEqualTo("Igloo bar, Ben's take");
            assertThat(p.versions().history(igloo.id()).stream().map(v -> v.title())).contains("Igloo bar with a DJ");
        }
    }

    @Test
    void sendingEditsTheIdeaAddsTheNewOneAndKeepsTheOthersBrief() {
        Project p = new SqliteProjectFiles().create(dir.resolve("board.offpiste"));
        try (Session s = new Session(p, new BriefService(p.briefs()), new BoardService(p.ideas(), () -> "ana"))) {
            Idea igloo = s.board().add("Igloo bar", "", List.of(), IdeaStatus.INBOX);
            Idea gone = s.board().add("Sled race", "", List.of(), IdeaStatus.INBOX);
            s.board().delete(gone.id());
            s.brief().save(Brief.empty().with(BriefField.TITLE, "Someone else's title"));

            PendingEdits.Sent sent = new PendingEdits("b", new PendingEdits.IdeaText(igloo.id(), "Igloo bar with a DJ",
                    "Loud", List.of("night"), "SHORTLIST", igloo.updatedAt().toString()), "Torchlight descent",
                    Map.of("title", "Winter offsite")).sendTo(s);
            new PendingEdits("b", new PendingEdits.IdeaText(gone.id(), "Sled race, downhill", "", List.of(), "INBOX",
                    gone.updatedAt().toString()), null, null).sendTo(s);

            assertThat(sent.conflict()).isFalse();
            assertThat(sent.idea()).isNotEqualTo(igloo.id()); // the new idea, added last, is shown
            Idea edited = p.ideas().find(igloo.id()).orElseThrow();
            assertThat(edited.title()).isEqualTo("Igloo bar with a DJ");
            assertThat(edited.status()).isEqualTo(IdeaStatus.SHORTLIST);
            assertThat(p.ideas().query(IdeaQuery.all()).stream().map(Idea::title))
                    .contains("Torchlight descent", "Sled race, downhill");
            assertThat(s.brief().current().get(BriefField.TITLE)).isEqualTo("Winter offsite");
            assertThat(s.brief().versions().stream().map(v -> v.brief().get(BriefField.TITLE)))
                    .contains("Someone else's title");
        }
    }
}
