package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;

/**
 * "Case aside" means the same on a team board as in a project file (SQLite's NOCASE: only A–Z
 * folded, binary order otherwise): names a file keeps apart ("Été" and "été") stay apart on the
 * board, so publishing such a file works, and titles sort the same on both.
 */
class PostgresCaseBlindTest {
    @TempDir
    Path dir;

    @Test
    void aFileWithTagsThatDifferOnlyInAnAccentedCapitalIsPublishedWhole() throws Exception {
        try (PostgresTestBoard server = PostgresTesting.board();
             Project source = new SqliteProjectFiles().create(dir.resolve("tags.offpiste"))) {
            source.ideas().add(new NewIdea("Summer fair", "", List.of("Été"), IdeaStatus.INBOX, "Ana"));
            source.ideas().add(new NewIdea("Summer night", "", List.of("été"), IdeaStatus.INBOX, "Ana"));
            assertThat(source.ideas().query(IdeaQuery.all()).stream().flatMap(i -> i.tags().stream()))
                    .containsExactlyInAnyOrder("Été", "été");
            try (Project board = server.teamBoards().publish(source, server.address(), server.password())) {
                assertThat(board.ideas().query(IdeaQuery.all()).stream().flatMap(i -> i.tags().stream()))
                        .containsExactlyInAnyOrder("Été", "été");
            }
        }
    }

    @Test
    void titlesSortAsInAProjectFile() throws Exception {
        List<String> titles = List.of("Zebra crossing", "Écluse", "éclair", "apple", "Apple pie", "a-frame", "a frame");
        try (PostgresTestBoard server = PostgresTesting.board();
             Project file = new SqliteProjectFiles().create(dir.resolve("titles.offpiste"));
             Project board = server.open()) {
            for (String title : titles) {
                file.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.INBOX, "Ana"));
                board.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.INBOX, "Ana"));
            }
            IdeaQuery byTitle = IdeaQuery.all().withSort(IdeaSort.TITLE);
            List<String> onFile = file.ideas().query(byTitle).stream().map(Idea::title).toList();
            assertThat(board.ideas().query(byTitle).stream().map(Idea::title).toList()).isEqualTo(onFile);
        }
    }
}
