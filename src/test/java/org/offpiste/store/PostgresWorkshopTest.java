package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.WorkshopService;
import org.offpiste.workshop.WorkshopState;

/** A workshop on a team board: the facilitator's board writes it, a participant's board (another connection) reads it. */
class PostgresWorkshopTest {
    private static final Agenda AGENDA = new Agenda("Sprint", List.of(
            new Block.SilentIdeation(Duration.ofMinutes(8)),
            new Block.DotVote(Duration.ofMinutes(5), 4, 2, false)));

    @Test
    void theParticipantsBoardReadsTheFacilitatorsRoundsAndTimerAndTheSilentRoundStaysSealedUntilRevealed() {
        try (PostgresTestBoard board = PostgresTesting.board();
             Project facilitatorBoard = board.open();
             Project participantBoard = board.open()) {
            WorkshopService facilitator = new WorkshopService(facilitatorBoard.workshop(), java.time.Clock.systemUTC());
            WorkshopService participant = new WorkshopService(participantBoard.workshop(), java.time.Clock.systemUTC());
            assertThat(participant.refresh()).isEmpty();

            facilitator.start(AGENDA);
            WorkshopState silent = facilitator.startTimer();
            assertThat(participant.refresh()).contains(silent);
            assertThat(participant.remaining()).isBetween(Duration.ofMinutes(7), Duration.ofMinutes(8));

            long mine = participantBoard.ideas().add(new NewIdea("Mine", "", List.of(), IdeaStatus.INBOX, "Bo")).id();
            assertThat(ids(facilitatorBoard, "Ana")).doesNotContain(mine);
            assertThat(ids(participantBoard, "Bo")).contains(mine);
            facilitator.reveal();
            assertThat(ids(facilitatorBoard, "Ana")).contains(mine);

            facilitator.next();
            WorkshopState vote = participant.refresh().orElseThrow();
            assertThat(vote.block()).contains(new Block.DotVote(Duration.ofMinutes(5), 4, 2, false));
            facilitator.end();
            assertThat(participant.refresh()).isEmpty();
        }
    }

    private static List<Long> ids(Project p, String viewer) {
        return p.ideas().query(IdeaQuery.all().withViewer(viewer)).stream().map(Idea::id).toList();
    }
}
