package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Project;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteStore;
import org.offpiste.ranking.VoteTally;

/** The rounds of the version 4 seed file, read through today's store. */
@Tag("file")
class VoteSeedTest {
    @TempDir
    Path dir;

    @Test
    void theSeedsRoundsReadAsWritten() throws Exception {
        Path file = MigrationsTest.fileAtVersion(dir.resolve("v4.offpiste"), 4);
        try (Project p = new SqliteProjectFiles().open(file)) {
            VoteStore votes = p.votes();
            List<VoteRound> rounds = votes.rounds();
            assertThat(rounds).extracting(VoteRound::name).containsExactly("Secret vote", "Shortlist vote");
            VoteRound closed = votes.round(1).orElseThrow();
            assertThat(closed.closed()).isTrue();
            assertThat(closed.anonymous()).isFalse();
            assertThat(closed.allowance()).isEqualTo(2);
            assertThat(closed.maxPerIdea()).isEqualTo(2);
            assertThat(closed.candidates()).containsExactly(1L, 2L);
            assertThat(votes.results(1)).containsExactly(new VoteTally(1, 3, 2), new VoteTally(2, 1, 1));
            assertThat(votes.voters(1)).containsExactly("Ana", "Ben");
            assertThat(votes.ballotsOf(1)).extracting(VoteStore.Ballot::voter).containsExactly("Ana", "Ben");
            assertThat(votes.ballotsOf(1).get(1).votes()).containsExactly(new BallotVote(1, 1), new BallotVote(2, 1));

            VoteRound secret = votes.round(2).orElseThrow();
            assertThat(secret.anonymous()).isTrue();
            assertThat(secret.closed()).isFalse();
            assertThat(votes.ballots(2)).isEqualTo(1);
            assertThat(votes.voters(2)).isEmpty();
            assertThatThrownBy(() -> votes.results(2)).isInstanceOfSatisfying(VoteRuleException.class,
                    e -> assertThat(e.rule()).isEqualTo(VoteRuleException.Rule.STILL_OPEN));
        }
    }
}
