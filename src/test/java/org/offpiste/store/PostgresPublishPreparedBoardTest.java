package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionSource;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.BlockKind;
import org.offpiste.workshop.WorkshopState;

/**
 * Publishing never overwrites work on a team board, even before the board has ideas: a facilitator
 * who prepared the workshop's agenda keeps it (and the criteria beside it), and the publish is refused.
 */
class PostgresPublishPreparedBoardTest {
    @TempDir
    Path dir;

    @Test
    void aBoardWithAPreparedAgendaIsNotOverwrittenByAPublish() throws Exception {
        Path rich = RichBoard.create(dir.resolve("rich.offpiste"));
        Agenda agenda = new Agenda("Kick-off", List.of(Block.standard(BlockKind.SILENT_IDEATION),
                Block.standard(BlockKind.DOT_VOTE)));
        try (PostgresTestBoard server = PostgresTesting.board();
             Project source = new SqliteProjectFiles().open(rich)) {
            try (Project board = server.open()) {
                board.workshop().save(new WorkshopState(agenda, 0, false, null, Duration.ofMinutes(5), true));
                board.criteria().add("Wow factor", CriterionSource.OWN, 2);
            }
            assertThatThrownBy(() -> server.teamBoards().publish(source, server.address(), server.password()))
                    .isInstanceOfSatisfying(ProjectException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS));
            try (Project board = server.open()) {
                assertThat(board.workshop().load()).hasValueSatisfying(s -> assertThat(s.agenda()).isEqualTo(agenda));
                assertThat(board.criteria().criteria()).extracting(Criterion::name).containsExactly("Wow factor");
            }
        }
    }
}
