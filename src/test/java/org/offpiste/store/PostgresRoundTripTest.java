package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;

/**
 * The round trip on a real PostgreSQL server: a project file with a row in every table,
 * published to a fresh team board, exported to a new file — every row of every table equal to the
 * original at each step, search working, and new ids continuing after the old ones on both.
 */
class PostgresRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aFilePublishedThenExportedKeepsEveryRowOfEveryTable() throws Exception {
        Path rich = RichBoard.create(dir.resolve("rich.offpiste"));
        Path exported = dir.resolve("exported.offpiste");
        try (PostgresTestBoard server = PostgresTesting.board();
             Project source = new SqliteProjectFiles().open(rich)) {
            Map<String, List<String>> original = everyRow(source);
            assertThat(original.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
            try (Project board = server.teamBoards().publish(source, server.address(), server.password())) {
                assertThat(board.teamBoard()).contains(server.address());
                assertThat(everyRow(board)).isEqualTo(original);
                board.saveCopyAs(exported);
                assertThat(titles(board, "telesiege")).containsExactly("Télésiège lanterns");
                assertThat(titles(board, "parade")).containsExactly("Aurora lift");
                Idea added = board.ideas().add(new NewIdea("Night bus", "", List.of("night"), IdeaStatus.INBOX, "Ana"));
                assertThat(added.id()).isEqualTo(RichBoard.LAST_IDEA_ID + 1);
                assertThat(board.comments().add(added.id(), "Ben", "Yes").id()).isEqualTo(3);
                assertThat(titles(board, "bus")).containsExactly("Night bus");
            }
            try (Project copy = new SqliteProjectFiles().open(exported)) {
                assertThat(copy.teamBoard()).isEmpty();
                assertThat(everyRow(copy)).isEqualTo(original);
                assertThat(titles(copy, "moon")).containsExactly("Moonlight race");
                assertThat(titles(copy, "telesiege")).containsExactly("Télésiège lanterns");
                Idea added = copy.ideas().add(new NewIdea("Night bus", "", List.of(), IdeaStatus.INBOX, "Ana"));
                assertThat(added.id()).isEqualTo(RichBoard.LAST_IDEA_ID + 1);
            }
            String bytes = new String(Files.readAllBytes(exported), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain(new String(server.password())).doesNotContain(server.schema());
        }
    }

    @Test
    void publishingIsRefusedOnABoardWithWorkOnItWhichStaysAsItWas() throws Exception {
        Path rich = RichBoard.create(dir.resolve("rich.offpiste"));
        try (PostgresTestBoard server = PostgresTesting.board();
             Project source = new SqliteProjectFiles().open(rich)) {
            try (Project board = server.open()) {
                board.ideas().add(new NewIdea("Somebody's idea", "", List.of(), IdeaStatus.INBOX, "Cleo"));
            }
            assertThatThrownBy(() -> server.teamBoards().publish(source, server.address(), server.password()))
                    .isInstanceOfSatisfying(ProjectException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS);
                        assertThat(e.path()).isEqualTo(server.address().asPath());
                    });
            try (Project board = server.open()) {
                assertThat(board.ideas().query(IdeaQuery.all())).extracting(Idea::title)
                        .containsExactly("Somebody's idea");
                assertThat(board.briefs().versions()).isEmpty();
            }
        }
    }

    private static List<String> titles(Project p, String text) {
        return p.ideas().query(IdeaQuery.all().withText(text)).stream().map(Idea::title).toList();
    }

    /** Every table's rows, by table, in the plan's order. */
    private static Map<String, List<String>> everyRow(Project p) {
        return StoreTesting.db(p).read(c -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (CopyPlan.Table t : CopyPlan.TABLES) {
                out.put(t.name(), new ArrayList<>(RichBoard.rows(c, t.name())));
            }
            return out;
        });
    }
}
