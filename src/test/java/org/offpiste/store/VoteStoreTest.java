package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.NewVoteRound;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteRuleException.Rule;
import org.offpiste.ranking.VoteStore;
import org.offpiste.ranking.VoteTally;

/** Dot-vote rounds in a real project file. */
class VoteStoreTest {
    @TempDir
    Path dir;

    private static long idea(Project p, String title) {
        return p.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.SHORTLIST, "Ana")).id();
    }

    private static void refused(Rule rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VoteRuleException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private Project create() {
        return StoreTesting.files(new StepClock()).create(dir.resolve("votes.offpiste"));
    }

    @Test
    void roundsAreKeptNewestFirstWithTheirCandidatesInOrder() {
        Path file = dir.resolve("votes.offpiste");
        long a;
        long b;
        long c;
        try (Project p = create()) {
            a = idea(p, "Lanterns");
            b = idea(p, "Fondue");
            c = idea(p, "Sledges");
            VoteRound first = p.votes().create(new NewVoteRound("Morning", false, 2, 1, List.of(c, a, c, b)));
            assertThat(first.candidates()).containsExactly(c, a, b);
            assertThat(first.closed()).isFalse();
            p.votes().create(new NewVoteRound("Evening", true, 1, 1, List.of(a)));
        }
        try (Project p = StoreTesting.files().open(file)) {
            List<VoteRound> rounds = p.votes().rounds();
            assertThat(rounds).extracting(VoteRound::name).containsExactly("Evening", "Morning");
            assertThat(rounds.get(0).anonymous()).isTrue();
            VoteRound morning = rounds.get(1);
            assertThat(morning.allowance()).isEqualTo(2);
            assertThat(morning.maxPerIdea()).isEqualTo(1);
            assertThat(morning.candidates()).containsExactly(c, a, b);
            assertThat(p.votes().round(morning.id())).contains(morning);
            assertThat(p.votes().round(999)).isEmpty();
        }
    }

    @Test
    void aRoundNeedsAFreeNameAndLiveCandidates() {
        try (Project p = create()) {
            long a = idea(p, "Lanterns");
            long gone = idea(p, "Gone");
            p.ideas().delete(gone);
            p.votes().create(new NewVoteRound("Morning", false, 1, 1, List.of(a)));
            refused(Rule.NAME_TAKEN, () -> p.votes().create(new NewVoteRound("MORNING", false, 1, 1, List.of(a))));
            refused(Rule.NO_CANDIDATES, () -> p.votes().create(new NewVoteRound("Empty", false, 1, 1, List.of())));
            refused(Rule.NO_SUCH_IDEA, () -> p.votes().create(new NewVoteRound("Gone", false, 1, 1, List.of(a, gone))));
            refused(Rule.NO_SUCH_IDEA, () -> p.votes().create(new NewVoteRound("Nowhere", false, 1, 1, List.of(4242L))));
            assertThat(p.votes().rounds()).hasSize(1);
        }
    }

    @Test
    void aNamedVoterCastingAgainReplacesTheEarlierBallot() {
        try (Project p = create()) {
            long a = idea(p, "Lanterns");
            long b = idea(p, "Fondue");
            VoteStore votes = p.votes();
            long round = votes.create(new NewVoteRound("Morning", false, 3, 2, List.of(a, b))).id();
            votes.cast(round, "Ben", List.of(new BallotVote(a, 2), new BallotVote(b, 1)));
            votes.cast(round, "Ana", List.of(new BallotVote(a, 1)));
            votes.cast(round, "ben", List.of(new BallotVote(b, 2)));
            assertThat(votes.ballots(round)).isEqualTo(2);
            assertThat(votes.voters(round)).containsExactly("Ana", "ben");
            votes.close(round);
            assertThat(votes.results(round)).containsExactly(new VoteTally(b, 2, 1), new VoteTally(a, 1, 1));
            assertThat(votes.ballotsOf(round)).extracting(VoteStore.Ballot::voter).containsExactly("Ana", "ben");
        }
    }

    @Test
    void everyRuleIsRefusedByNameAndLeavesNothingBehind() {
        try (Project p = create()) {
            long a = idea(p, "Lanterns");
            long b = idea(p, "Fondue");
            long other = idea(p, "Elsewhere");
            VoteStore votes = p.votes();
            long named = votes.create(new NewVoteRound("Named", false, 2, 1, List.of(a, b))).id();
            long secret = votes.create(new NewVoteRound("Secret", true, 2, 2, List.of(a, b))).id();
            refused(Rule.OVER_ALLOWANCE, () -> votes.cast(secret, "Ana", List.of(new BallotVote(a, 2), new BallotVote(b, 1))));
            refused(Rule.OVER_PER_IDEA, () -> votes.cast(named, "Ana", List.of(new BallotVote(a, 2))));
            refused(Rule.OVER_PER_IDEA, () -> votes.cast(named, "Ana", List.of(new BallotVote(a, 1), new BallotVote(a, 1))));
            refused(Rule.NOT_A_CANDIDATE, () -> votes.cast(named, "Ana", List.of(new BallotVote(other, 1))));
            refused(Rule.NAME_NEEDED, () -> votes.cast(named, null, List.of(new BallotVote(a, 1))));
            refused(Rule.NAME_NEEDED, () -> votes.cast(named, "  ", List.of(new BallotVote(a, 1))));
            refused(Rule.NAME_NEEDED, () -> votes.cast(secret, null, List.of(new BallotVote(a, 1))));
            refused(Rule.NO_SUCH_ROUND, () -> votes.cast(777, "Ana", List.of(new BallotVote(a, 1))));
            assertThat(votes.ballots(named)).isZero();
            assertThat(votes.ballots(secret)).isZero();
            votes.cast(named, "Ana", List.of(new BallotVote(a, 1)));
            votes.close(named);
            refused(Rule.CLOSED, () -> votes.cast(named, "Ben", List.of(new BallotVote(a, 1))));
            refused(Rule.CLOSED, () -> votes.close(named));
            assertThat(votes.ballots(named)).isEqualTo(1);
        }
    }

    @Test
    void resultsAreRefusedWhileOpenAndListEveryCandidateMostFirstOnceClosed() {
        try (Project p = create()) {
            long a = idea(p, "Lanterns");
            long b = idea(p, "Fondue");
            long c = idea(p, "Sledges");
            VoteStore votes = p.votes();
            long round = votes.create(new NewVoteRound("Secret", true, 2, 2, List.of(a, b, c))).id();
            votes.cast(round, "Ana", List.of(new BallotVote(c, 2)));
            votes.cast(round, "Ben", List.of(new BallotVote(c, 1), new BallotVote(b, 1)));
            refused(Rule.EMPTY_BALLOT, () -> votes.cast(round, "Cleo", List.of()));
            refused(Rule.STILL_OPEN, () -> votes.results(round));
            refused(Rule.STILL_OPEN, () -> votes.ballotsOf(round));
            assertThat(votes.ballots(round)).isEqualTo(2);
            assertThat(votes.voters(round)).as("who took part").containsExactly("Ana", "Ben");
            votes.close(round);
            assertThat(votes.round(round).orElseThrow().closed()).isTrue();
            assertThat(votes.results(round)).containsExactly(
                    new VoteTally(c, 3, 2), new VoteTally(b, 1, 1), new VoteTally(a, 0, 0));
            List<VoteStore.Ballot> ballots = votes.ballotsOf(round);
            assertThat(ballots).hasSize(2).allSatisfy(x -> assertThat(x.voter()).isNull());
            assertThat(ballots).extracting(VoteStore.Ballot::votes).containsExactlyInAnyOrder(
                    List.of(new BallotVote(c, 2)), List.of(new BallotVote(b, 1), new BallotVote(c, 1)));
            assertThat(StoreTesting.scalar(p, "SELECT COUNT(*) FROM ballot WHERE voter IS NOT NULL OR cast_at IS NOT NULL"))
                    .isEqualTo("0");
        }
    }

    @Test
    void closingTheProjectKeepsADeletedCandidateAndTheDotsOnIt() {
        Path file = dir.resolve("votes.offpiste");
        long a;
        long b;
        long gone;
        long round;
        try (Project p = create()) {
            a = idea(p, "Lanterns");
            b = idea(p, "Fondue");
            gone = idea(p, "Never a candidate");
            round = p.votes().create(new NewVoteRound("Morning", false, 2, 1, List.of(a, b))).id();
            p.votes().cast(round, "Ana", List.of(new BallotVote(a, 1), new BallotVote(b, 1)));
            p.votes().cast(round, "Ben", List.of(new BallotVote(a, 1)));
            p.votes().close(round);
            p.ideas().delete(a);
            p.ideas().delete(gone);
            assertThat(p.votes().results(round)).containsExactly(new VoteTally(a, 2, 2), new VoteTally(b, 1, 1));
        }
        try (Project p = StoreTesting.files().open(file)) {
            assertThat(p.votes().results(round)).containsExactly(new VoteTally(a, 2, 2), new VoteTally(b, 1, 1));
            assertThat(p.votes().round(round).orElseThrow().candidates()).containsExactly(a, b);
            assertThat(p.ideas().findAll(List.of(a, b))).extracting(Idea::id).as("still deleted").containsExactly(b);
            // A file forgets its deleted ideas at close; a team board keeps them (the others may still undo).
            assertThat(StoreTesting.scalar(p, "SELECT COUNT(*) FROM idea WHERE id = " + gone)).as("purged from a file")
                    .isEqualTo(PostgresTesting.backendIsPostgres() ? "1" : "0");
        }
    }

    @Test
    void deletingARoundTakesItsBallotsAlong() {
        try (Project p = create()) {
            long a = idea(p, "Lanterns");
            VoteStore votes = p.votes();
            long round = votes.create(new NewVoteRound("Morning", false, 1, 1, List.of(a))).id();
            votes.cast(round, "Ana", List.of(new BallotVote(a, 1)));
            votes.delete(round);
            assertThat(votes.rounds()).isEmpty();
            assertThat(StoreTesting.scalar(p, "SELECT COUNT(*) FROM ballot_vote")).isEqualTo("0");
            assertThat(StoreTesting.scalar(p, "SELECT COUNT(*) FROM vote_candidate")).isEqualTo("0");
            refused(Rule.NO_SUCH_ROUND, () -> votes.delete(round));
        }
    }

    /** The triggers refuse what the Java checks refuse, and their refusals read as the same rules. */
    @Test
    void theFileItselfRefusesRuleBreaksAsTheSameRules() {
        try (Project p = create()) {
            long a = idea(p, "Lanterns");
            long b = idea(p, "Fondue");
            long other = idea(p, "Elsewhere");
            long named = p.votes().create(new NewVoteRound("Named", false, 2, 1, List.of(a, b))).id();
            long secret = p.votes().create(new NewVoteRound("Secret", true, 1, 1, List.of(a))).id();
            refused(Rule.ANONYMOUS, () -> raw(p, "INSERT INTO ballot (round_id, voter) VALUES (" + secret + ", 'Ana')"));
            refused(Rule.ANONYMOUS, () -> raw(p, "INSERT INTO ballot (round_id, cast_at) VALUES (" + secret + ", 'x')"));
            raw(p, "INSERT INTO ballot (id, round_id, voter, cast_at) VALUES (50, " + named + ", 'Ana', 'x')");
            refused(Rule.OVER_ALLOWANCE, () -> raw(p, "INSERT INTO ballot_vote VALUES (50, " + a + ", 1), (50, " + b + ", 1),"
                    + " (50, " + other + ", 1)"));
            refused(Rule.OVER_ALLOWANCE, () -> raw(p, "INSERT INTO ballot_vote VALUES (50, " + a + ", 2)"));
            raw(p, "UPDATE vote_round SET closed_at = 'x' WHERE id = " + named);
            refused(Rule.CLOSED, () -> raw(p, "INSERT INTO ballot (round_id, voter) VALUES (" + named + ", 'Ben')"));
            refused(Rule.NAME_TAKEN, () -> raw(p, "INSERT INTO vote_round (name, anonymous, allowance, max_per_idea,"
                    + " created_at) VALUES ('named', 0, 1, 1, 'x')"));
            assertThat(StoreTesting.scalar(p, "SELECT COUNT(*) FROM ballot_vote")).isEqualTo("0");
        }
    }

    private static void raw(Project p, String sql) {
        StoreTesting.db(p).write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.executeUpdate();
            } catch (SQLException e) {
                VoteRules.translate(e);
                throw e;
            }
            return null;
        });
    }
}
