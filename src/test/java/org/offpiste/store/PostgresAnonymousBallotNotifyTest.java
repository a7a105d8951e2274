package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.NewVoteRound;
import org.offpiste.ranking.VoteRound;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * An anonymous ballot names nobody, not even to the other clients listening to the board: its live
 * notification carries no client id (which the same client's named writes would tie to a person).
 */
class PostgresAnonymousBallotNotifyTest {
    @Test
    void castingAnAnonymousBallotDoesNotTellTheOthersWhichClientCastIt() throws Exception {
        try (PostgresTestBoard server = PostgresTesting.board();
             Project voter = server.open();
             Connection listener = server.connect()) {
            long idea = voter.ideas().add(new NewIdea("Lantern lift", "", List.of(), IdeaStatus.INBOX, "Ana")).id();
            VoteRound round = voter.votes().create(new NewVoteRound("Secret dots", true, 3, 2, List.of(idea)));
            String client = ((PostgresDatabase) StoreTesting.db(voter)).clientId();
            try (Statement s = listener.createStatement()) {
                s.execute("LISTEN " + PostgresFeed.CHANNEL);
            }
            voter.votes().cast(round.id(), null, List.of(new BallotVote(idea, 2)));
            List<String> payloads = new ArrayList<>();
            PGConnection pg = listener.unwrap(PGConnection.class);
            for (int i = 0; i < 10 && payloads.isEmpty(); i++) {
                PGNotification[] news = pg.getNotifications(200);
                if (news != null) {
                    for (PGNotification n : news) {
                        payloads.add(n.getParameter());
                    }
                }
            }
            assertThat(payloads).isNotEmpty().doesNotContain(client);
        }
    }
}
