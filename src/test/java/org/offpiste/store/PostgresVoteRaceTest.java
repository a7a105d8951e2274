package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offpiste.store.PostgresConnectionTest.insertIdea;
import static org.offpiste.store.PostgresMigrationsTest.rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.NewVoteRound;
import org.offpiste.ranking.VoteTally;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteRuleException.Rule;

/**
 * The voting rules hold on a team board when requests race on separate connections: the board's
 * triggers lock the round and the ballot, so the second request is checked after the first, and the
 * stores see the refusals as they see them on a file.
 */
class PostgresVoteRaceTest {
    private static final int PARTICIPANTS = 12;
    private static final int ALLOWANCE = 3;

    @Test
    void twoVotesRacingIntoOneBallotCannotBothFitTheAllowance() throws Exception {
        try (PostgresTestBoard board = PostgresTesting.board()) {
            List<Long> ballots;
            try (Project setup = board.open()) {
                long round = setUpRound(setup, false);
                ballots = StoreTesting.db(setup).write(c -> {
                    List<Long> out = new ArrayList<>();
                    for (int i = 0; i < PARTICIPANTS; i++) {
                        out.add(insertBallot(c, round, "Voter " + i));
                    }
                    return out;
                });
            }
            // Two clients per participant each add 2 dots (of 3) to the participant's ballot, all at once.
            List<Boolean> accepted = race(board, 2 * PARTICIPANTS, (p, i) -> {
                long ballot = ballots.get(i / 2);
                long idea = 1 + i % 2;
                return StoreTesting.db(p).write(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO ballot_vote (ballot_id, idea_id, dots) VALUES (?, ?, 2)")) {
                        ps.setLong(1, ballot);
                        ps.setLong(2, idea);
                        ps.executeUpdate();
                        return true;
                    } catch (SQLException refused) {
                        assertThatThrownBy(() -> VoteRules.translate(refused)).isInstanceOfSatisfying(
                                VoteRuleException.class, e -> assertThat(e.rule()).isEqualTo(Rule.OVER_ALLOWANCE));
                        return false;
                    }
                });
            });
            assertThat(accepted.stream().filter(a -> a).count()).isEqualTo(PARTICIPANTS);
            try (Project p = board.open()) {
                assertThat(rows(p, "SELECT sum(dots) FROM ballot_vote")).containsExactly(String.valueOf(2 * PARTICIPANTS));
                assertThat(rows(p, "SELECT DISTINCT sum(dots) FROM ballot_vote GROUP BY ballot_id")).containsExactly("2");
            }
        }
    }

    @Test
    void twoBallotsRacingForOneParticipantLeaveExactlyOne() throws Exception {
        try (PostgresTestBoard board = PostgresTesting.board()) {
            long round;
            try (Project setup = board.open()) {
                round = setUpRound(setup, false);
            }
            // Two clients per participant cast a whole ballot (the store's way: delete theirs, insert anew).
            List<Boolean> cast = race(board, 2 * PARTICIPANTS, (p, i) -> StoreTesting.db(p).write(c -> {
                String voter = "Voter " + i / 2;
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM ballot WHERE round_id = ? AND lower(voter) = lower(?)")) {
                    ps.setLong(1, round);
                    ps.setString(2, voter);
                    ps.executeUpdate();
                }
                long ballot = insertBallot(c, round, i % 2 == 0 ? voter : voter.toUpperCase());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO ballot_vote (ballot_id, idea_id, dots) VALUES (?, ?, ?)")) {
                    ps.setLong(1, ballot);
                    ps.setLong(2, 1 + i % 2);
                    ps.setInt(3, ALLOWANCE);
                    ps.executeUpdate();
                }
                return true;
            }));
            assertThat(cast).containsOnly(true).hasSize(2 * PARTICIPANTS);
            try (Project p = board.open()) {
                assertThat(rows(p, "SELECT count(*) FROM ballot")).containsExactly(String.valueOf(PARTICIPANTS));
                assertThat(rows(p, "SELECT sum(dots) FROM ballot_vote")).containsExactly(String.valueOf(PARTICIPANTS * ALLOWANCE));
            }
        }
    }

    @Test
    void castsRacingThroughTheStoreLeaveOneBallotPerParticipant() throws Exception {
        try (PostgresTestBoard board = PostgresTesting.board()) {
            long round;
            List<Long> ideas = new ArrayList<>();
            try (Project setup = board.open()) {
                for (String title : List.of("Lanterns", "Fondue")) {
                    ideas.add(setup.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.SHORTLIST, "Ana")).id());
                }
                round = setup.votes().create(new NewVoteRound("Dots", false, ALLOWANCE, ALLOWANCE, ideas)).id();
            }
            // Two clients per participant cast all their dots, each on another idea, at the same moment.
            List<Boolean> cast = race(board, 2 * PARTICIPANTS, (p, i) -> {
                p.votes().cast(round, "Voter " + i / 2, List.of(new BallotVote(ideas.get(i % 2), ALLOWANCE)));
                return true;
            });
            assertThat(cast).containsOnly(true);
            try (Project p = board.open()) {
                p.votes().close(round);
                List<VoteTally> results = p.votes().results(round);
                assertThat(results.stream().mapToInt(VoteTally::dots).sum()).isEqualTo(PARTICIPANTS * ALLOWANCE);
                assertThat(results.stream().mapToInt(VoteTally::voters).sum()).isEqualTo(PARTICIPANTS);
                assertThat(rows(p, "SELECT count(*) FROM ballot")).containsExactly(String.valueOf(PARTICIPANTS));
            }
        }
    }

    @Test
    void theBoardsRefusalsReadAsTheStoresRules() {
        try (PostgresTestBoard board = PostgresTesting.board(); Project p = board.open()) {
            long open = setUpRound(p, true);
            StoreTesting.db(p).write(c -> {
                assertRule(() -> insertBallot(c, open, "Named"), Rule.ANONYMOUS);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote_round (name, anonymous, allowance,"
                        + " max_per_idea, created_at) VALUES ('DOTS', 0, 1, 1, '')")) {
                    assertRule(ps::executeUpdate, Rule.NAME_TAKEN);
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE vote_round SET closed_at = 'now' WHERE id = ?")) {
                    ps.setLong(1, open);
                    ps.executeUpdate();
                }
                assertRule(() -> insertBallot(c, open, null), Rule.CLOSED);
                return null;
            });
        }
    }

    @FunctionalInterface
    private interface Attempt {
        Object run() throws SQLException;
    }

    private static void assertRule(Attempt attempt, Rule rule) {
        assertThatThrownBy(() -> {
            try {
                attempt.run();
            } catch (SQLException e) {
                assertThat(e.getErrorCode()).isEqualTo(PostgresErrors.SQLITE_CONSTRAINT);
                VoteRules.translate(e);
                throw e;
            }
        }).isInstanceOfSatisfying(VoteRuleException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @FunctionalInterface
    private interface Client {
        boolean run(Project p, int index);
    }

    /** {@code clients} clients, each on its own connection, released at the same moment. */
    private static List<Boolean> race(PostgresTestBoard board, int clients, Client client) throws Exception {
        List<Project> projects = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                projects.add(board.open());
            }
            CyclicBarrier start = new CyclicBarrier(clients);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return client.run(projects.get(index), index);
                }));
            }
            List<Boolean> out = new ArrayList<>();
            for (Future<Boolean> f : results) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
            for (Project p : projects) {
                p.close();
            }
        }
    }

    /** Two ideas and a round over them named "Dots"; returns the round's id. */
    private static long setUpRound(Project p, boolean anonymous) {
        return StoreTesting.db(p).write(c -> {
            insertIdea(c, "One");
            insertIdea(c, "Two");
            long round;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote_round (name, anonymous, allowance,"
                    + " max_per_idea, created_at) VALUES ('Dots', ?, ?, ?, '2026-11-29T10:00:00.000Z') RETURNING id")) {
                ps.setInt(1, anonymous ? 1 : 0);
                ps.setInt(2, ALLOWANCE);
                ps.setInt(3, ALLOWANCE);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    round = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote_candidate (round_id, idea_id, position)"
                    + " SELECT ?, id, id FROM idea")) {
                ps.setLong(1, round);
                ps.executeUpdate();
            }
            return round;
        });
    }

    private static long insertBallot(Connection c, long round, String voter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ballot (round_id, voter, cast_at) VALUES (?, ?, ?) RETURNING id")) {
            ps.setLong(1, round);
            ps.setString(2, voter);
            ps.setString(3, voter == null ? null : "2026-11-29T10:01:00.000Z");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
