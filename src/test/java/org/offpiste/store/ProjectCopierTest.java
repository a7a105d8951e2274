package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;

/** Copying a whole board between two databases (here two files), and publishing to an empty board only. */
class ProjectCopierTest {
    private static final TeamBoardAddress BOARD = new TeamBoardAddress("db.example", 5432, "workshop", "ana",
            TlsMode.REQUIRE);

    @TempDir
    Path dir;

    @Test
    void thePlanHoldsEveryTableOfTheSchemaAfterTheTablesItRefersTo() throws Exception {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("empty.offpiste"))) {
            StoreTesting.db(p).read(c -> {
                List<String> planned = CopyPlan.TABLES.stream().map(CopyPlan.Table::name).toList();
                assertThat(planned).containsExactlyInAnyOrderElementsOf(tables(c));
                for (CopyPlan.Table t : CopyPlan.TABLES) {
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + t.name() + ")")) {
                        while (rs.next()) {
                            String parent = rs.getString("table");
                            String column = rs.getString("from");
                            if (parent.equals(t.name())) {
                                assertThat(t.later()).as(t.name() + "." + column).contains(column);
                            } else {
                                assertThat(planned.indexOf(parent)).as(t.name() + " after " + parent)
                                        .isLessThan(planned.indexOf(t.name()));
                            }
                        }
                    }
                }
                return null;
            });
        }
    }

    @Test
    void aCopyHoldsEveryRowOfEveryTable() throws Exception {
        Path rich = RichBoard.create(dir.resolve("rich.offpiste"));
        try (Project source = new SqliteProjectFiles().open(rich);
             Database copy = Database.create(dir.resolve("copy.offpiste"))) {
            ProjectCopier.copy(StoreTesting.db(source), copy);
            for (CopyPlan.Table t : CopyPlan.TABLES) {
                List<String> original = StoreTesting.db(source).read(c -> RichBoard.rows(c, t.name()));
                assertThat(original).as(t.name() + " in the rich board").isNotEmpty();
                List<String> copied = copy.read(c -> RichBoard.rows(c, t.name()));
                assertThat(copied).as(t.name()).isEqualTo(original);
            }
        }
    }

    @Test
    void theCopyFindsWhatTheOriginalFindsAndGivesNewIdsAfterTheOldOnes() throws Exception {
        Path rich = RichBoard.create(dir.resolve("rich.offpiste"));
        Path copyFile = dir.resolve("copy.offpiste");
        try (Project source = new SqliteProjectFiles().open(rich); Database copy = Database.create(copyFile)) {
            ProjectCopier.copy(StoreTesting.db(source), copy);
        }
        try (Project copy = new SqliteProjectFiles().open(copyFile)) {
            assertThat(titles(copy, "moon")).containsExactly("Moonlight race");
            assertThat(titles(copy, "telesiege")).containsExactly("Télésiège lanterns");
            assertThat(titles(copy, "parade")).containsExactly("Aurora lift");
            assertThat(titles(copy, "event")).containsExactly("Moonlight race");
            Idea added = copy.ideas().add(new NewIdea("Night bus", "", List.of(), IdeaStatus.INBOX, "Ana"));
            assertThat(added.id()).isEqualTo(RichBoard.LAST_IDEA_ID + 1);
            assertThat(copy.comments().add(added.id(), "Ben", "Yes").id()).isEqualTo(3);
        }
    }

    @Test
    void publishingCopiesIntoAnEmptyBoardAndRefusesOneWithWorkOnIt() throws Exception {
        Path rich = RichBoard.create(dir.resolve("rich.offpiste"));
        SqliteProjectFiles files = new SqliteProjectFiles();
        Path boardFile = dir.resolve("board.offpiste");
        files.create(boardFile).close();
        try (Project source = files.open(rich)) {
            try (Project board = TeamBoardPublisher.publish(source, BOARD, () -> files.open(boardFile))) {
                assertThat(board.ideas().count()).isEqualTo(3);
            }
            List<String> published = rowsOf(files, boardFile);
            assertThatThrownBy(() -> TeamBoardPublisher.publish(source, BOARD, () -> files.open(boardFile)))
                    .isInstanceOfSatisfying(ProjectException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS));
            assertThat(rowsOf(files, boardFile)).isEqualTo(published);
            // The board was closed again: the file opens.
            files.open(boardFile).close();
        }
    }

    @Test
    void aBoardWithOnlySettingsAndCriteriaCountsAsEmptyAndIsReplaced() throws Exception {
        Path rich = RichBoard.create(dir.resolve("rich.offpiste"));
        SqliteProjectFiles files = new SqliteProjectFiles();
        Path boardFile = dir.resolve("board.offpiste");
        try (Project board = files.create(boardFile)) {
            board.conversations().rememberProvider("openai", "gpt-4o");
        }
        try (Project source = files.open(rich);
             Project board = TeamBoardPublisher.publish(source, BOARD, () -> files.open(boardFile))) {
            List<String> published = StoreTesting.db(board).read(c -> RichBoard.rows(c, "project_setting"));
            List<String> original = StoreTesting.db(source).read(c -> RichBoard.rows(c, "project_setting"));
            assertThat(published).isEqualTo(original);
        }
        assertThat(Files.exists(boardFile)).isTrue();
    }

    private static List<String> titles(Project p, String text) {
        return p.ideas().query(IdeaQuery.all().withText(text)).stream().map(Idea::title).toList();
    }

    private static List<String> rowsOf(SqliteProjectFiles files, Path file) {
        try (Project p = files.open(file)) {
            return StoreTesting.db(p).read(c -> {
                List<String> out = new ArrayList<>();
                for (CopyPlan.Table t : CopyPlan.TABLES) {
                    out.addAll(RichBoard.rows(c, t.name()));
                }
                return out;
            });
        }
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> out = new java.util.TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema"
                + " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '" + CopyPlan.SEARCH_INDEX + "%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
