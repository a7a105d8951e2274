package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.NewVoteRound;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteRuleException.Rule;
import org.offpiste.ranking.VoteTally;

/**
 * A participant casts one ballot in an anonymous round, on a file and on a team board: a second one
 * (their name in any case) is refused, and of two racing requests exactly one counts.
 */
class AnonymousOnceTest {
    private static final int PARTICIPANTS = 10;
    private static final int ALLOWANCE = 2;

    @TempDir
    Path dir;

    @Test
    void aSecondAnonymousBallotByTheSameParticipantIsRefusedOnAFile() {
        try (Project p = StoreTesting.files(new StepClock()).create(dir.resolve("secret.offpiste"))) {
            secondBallotRefused(p);
        }
    }

    @Test
    void aSecondAnonymousBallotByTheSameParticipantIsRefusedOnATeamBoard() {
        try (PostgresTestBoard board = PostgresTesting.board(); Project p = board.open()) {
            secondBallotRefused(p);
        }
    }

    @Test
    void noParticipantRowOnATeamBoardSharesItsWritingTransactionWithABallot() {
        try (PostgresTestBoard board = PostgresTesting.board(); Project p = board.open()) {
            List<Long> ideas = ideas(p);
            long round = p.votes().create(new NewVoteRound("Secret", true, 1, 1, ideas)).id();
            for (String name : List.of("Cleo", "Ana", "Dan")) {
                p.votes().cast(round, name, List.of(new BallotVote(ideas.get(0), 1)));
            }
            // All rows of the round are written again, in the order of the names, with each ballot: one
            // (sub)transaction id for all of them, none a ballot's.
            assertThat(PostgresMigrationsTest.rows(p, "SELECT count(DISTINCT xmin::text) FROM vote_participant"))
                    .containsExactly("1");
            assertThat(PostgresMigrationsTest.rows(p, "SELECT count(*) FROM ballot b WHERE EXISTS (SELECT 1 FROM"
                    + " vote_participant v WHERE v.xmin::text = b.xmin::text)")).containsExactly("0");
            assertThat(PostgresMigrationsTest.rows(p, "SELECT voter FROM vote_participant ORDER BY ctid"))
                    .containsExactly("Ana", "Cleo", "Dan");
        }
    }

    @Test
    void racingAnonymousBallotsOnAFileCountOncePerParticipant() throws Exception {
        Path file = dir.resolve("race.offpiste");
        // A file is open in one app at a time: its clients are the threads of that app.
        try (Project shared = StoreTesting.files(new StepClock()).create(file)) {
            raceOncePerParticipant(() -> shared, false);
        }
    }

    @Test
    void racingAnonymousBallotsOnATeamBoardCountOncePerParticipant() throws Exception {
        try (PostgresTestBoard board = PostgresTesting.board()) {
            raceOncePerParticipant(board::open, true);
        }
    }

    private static void secondBallotRefused(Project p) {
        List<Long> ideas = ideas(p);
        long round = p.votes().create(new NewVoteRound("Secret", true, ALLOWANCE, ALLOWANCE, ideas)).id();
        p.votes().cast(round, "Élise", List.of(new BallotVote(ideas.get(0), ALLOWANCE)));
        refused(Rule.ALREADY_VOTED, () -> p.votes().cast(round, "Élise", List.of(new BallotVote(ideas.get(1), 1))));
        refused(Rule.ALREADY_VOTED, () -> p.votes().cast(round, "ÉLISE", List.of(new BallotVote(ideas.get(1), 1))));
        refused(Rule.ALREADY_VOTED, () -> p.votes().cast(round, " ÉLISE ", List.of(new BallotVote(ideas.get(1), 1))));
        refused(Rule.NAME_NEEDED, () -> p.votes().cast(round, null, List.of(new BallotVote(ideas.get(1), 1))));
        // A refused ballot leaves no participant behind: Ben can still vote after a ballot over his allowance.
        refused(Rule.OVER_ALLOWANCE, () -> p.votes().cast(round, "Ben", List.of(new BallotVote(ideas.get(0), 2),
                new BallotVote(ideas.get(1), 1))));
        p.votes().cast(round, "ben", List.of(new BallotVote(ideas.get(1), 1)));
        assertThat(p.votes().ballots(round)).isEqualTo(2);
        assertThat(p.votes().voters(round)).containsExactly("ben", "Élise");
        p.votes().close(round);
        assertThat(p.votes().results(round)).containsExactly(new VoteTally(ideas.get(0), 2, 1),
                new VoteTally(ideas.get(1), 1, 1));
        assertThat(p.votes().ballotsOf(round)).extracting(b -> b.voter()).containsOnlyNulls();
    }

    /**
     * 20 clients, two per participant, cast all their dots at once (on a team board each on a
     * connection of its own: {@code own} projects, closed here).
     */
    private static void raceOncePerParticipant(Supplier<Project> open, boolean own) throws Exception {
        Project setup = open.get();
        List<Long> ideas = ideas(setup);
        long round = setup.votes().create(new NewVoteRound("Race", true, ALLOWANCE, ALLOWANCE, ideas)).id();
        if (own) {
            setup.close();
        }
        int clients = 2 * PARTICIPANTS;
        List<Project> projects = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Boolean> cast = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                projects.add(open.get());
            }
            CyclicBarrier start = new CyclicBarrier(clients);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    String name = "Voter " + index / 2;
                    try {
                        projects.get(index).votes().cast(round, index % 2 == 0 ? name : name.toUpperCase(),
                                List.of(new BallotVote(ideas.get(index % 2), ALLOWANCE)));
                        return true;
                    } catch (VoteRuleException e) {
                        assertThat(e.rule()).isEqualTo(Rule.ALREADY_VOTED);
                        return false;
                    }
                }));
            }
            for (Future<Boolean> f : results) {
                cast.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            if (own) {
                projects.forEach(Project::close);
            }
        }
        assertThat(cast.stream().filter(c -> c).count()).isEqualTo(PARTICIPANTS);
        Project p = open.get();
        try {
            assertThat(p.votes().ballots(round)).isEqualTo(PARTICIPANTS);
            assertThat(p.votes().voters(round)).hasSize(PARTICIPANTS);
            p.votes().close(round);
            List<VoteTally> results = p.votes().results(round);
            assertThat(results.stream().mapToInt(VoteTally::dots).sum()).isEqualTo(PARTICIPANTS * ALLOWANCE);
            assertThat(results.stream().mapToInt(VoteTally::voters).sum()).isEqualTo(PARTICIPANTS);
        } finally {
            if (own) {
                p.close();
            }
        }
    }

    private static List<Long> ideas(Project p) {
        List<Long> out = new ArrayList<>();
        for (String title : List.of("Lanterns", "Fondue")) {
            out.add(p.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.SHORTLIST, "Ana")).id());
        }
        return out;
    }

    private static void refused(Rule rule, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VoteRuleException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
