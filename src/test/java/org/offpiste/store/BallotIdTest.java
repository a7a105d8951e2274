package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.NewVoteRound;
import org.offpiste.ranking.VoteStore;

/** Nothing in the file tells the order the ballots of an anonymous round were cast in: ids are random. */
class BallotIdTest {
    private static final long LIMIT = 1L << 53;

    @TempDir
    Path dir;

    private static List<Long> ideas(Project p) {
        List<Long> out = new ArrayList<>();
        for (String title : List.of("Lanterns", "Fondue", "Sledges", "Torches")) {
            out.add(p.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.SHORTLIST, "Host")).id());
        }
        return out;
    }

    /** Casts 20 anonymous ballots and returns their ids in the order they were cast. */
    private static List<Long> castTwenty(Project p, VoteStore votes, long round, List<Long> ideas) {
        List<Long> inOrder = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            votes.cast(round, "Voter " + i, List.of(new BallotVote(ideas.get(i % ideas.size()), 1)));
            Set<Long> now = new HashSet<>(ballotIds(p, round));
            now.removeAll(inOrder);
            assertThat(now).hasSize(1);
            inOrder.add(now.iterator().next());
        }
        return inOrder;
    }

    private static List<Long> ballotIds(Project p, long round) {
        return StoreTesting.db(p).read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ballot WHERE round_id = ?")) {
                ps.setLong(1, round);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    @Tag("file")
    @Test
    void anonymousBallotIdsAreRandomAndSqliteSequenceHoldsOnlyTheLargest() {
        try (Project p = StoreTesting.files().create(dir.resolve("order.offpiste"))) {
            List<Long> ideas = ideas(p);
            VoteStore votes = new SqlVoteStore(StoreTesting.db(p), new Times(Clock.systemUTC()), new SplittableRandom(11));
            long round = votes.create(new NewVoteRound("Secret", true, 1, 1, ideas)).id();
            List<Long> inOrder = castTwenty(p, votes, round, ideas);
            assertThat(inOrder).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isPositive().isLessThan(LIMIT));
            assertThat(inOrder).as("not increasing in casting order").isNotEqualTo(inOrder.stream().sorted().toList());
            assertThat(inOrder).as("nor decreasing").isNotEqualTo(inOrder.stream().sorted(Comparator.reverseOrder()).toList());
            long largest = inOrder.stream().mapToLong(Long::longValue).max().orElseThrow();
            // AUTOINCREMENT keeps the largest id ever given, not a count: the same whatever the casting order.
            assertThat(StoreTesting.scalar(p, "SELECT seq FROM sqlite_sequence WHERE name = 'ballot'"))
                    .isEqualTo(String.valueOf(largest));

            long named = votes.create(new NewVoteRound("Named", false, 1, 1, ideas)).id();
            votes.cast(named, "Ana", List.of(new BallotVote(ideas.get(0), 1)));
            long ana = ballotIds(p, named).get(0);
            assertThat(ana).as("a later named ballot does not follow the anonymous ones").isNotEqualTo(largest + 1);
            assertThat(ana).isPositive().isLessThan(LIMIT);
        }
    }

    @Test
    void theProjectsOwnStoreDrawsTheIdsAtRandom() {
        try (Project p = StoreTesting.files().create(dir.resolve("secure.offpiste"))) {
            List<Long> ideas = ideas(p);
            long round = p.votes().create(new NewVoteRound("Secret", true, 1, 1, ideas)).id();
            List<Long> inOrder = castTwenty(p, p.votes(), round, ideas);
            assertThat(inOrder).as("not increasing in casting order").isNotEqualTo(inOrder.stream().sorted().toList());
            assertThat(inOrder).allSatisfy(id -> assertThat(id).isPositive().isLessThan(LIMIT));
        }
    }

    @Test
    void aTakenOrZeroIdIsDrawnAgain() {
        try (Project p = StoreTesting.files().create(dir.resolve("again.offpiste"))) {
            List<Long> ideas = ideas(p);
            Iterator<Long> draws = List.of(5L, 5L, 0L, 7L).iterator();
            RandomGenerator scripted = () -> draws.next() << 11; // the store keeps the top 53 bits
            VoteStore votes = new SqlVoteStore(StoreTesting.db(p), new Times(Clock.systemUTC()), scripted);
            long round = votes.create(new NewVoteRound("Secret", true, 1, 1, ideas)).id();
            votes.cast(round, "Ana", List.of(new BallotVote(ideas.get(0), 1)));
            votes.cast(round, "Ben", List.of(new BallotVote(ideas.get(1), 1)));
            assertThat(ballotIds(p, round)).containsExactlyInAnyOrder(5L, 7L);
            assertThat(draws.hasNext()).isFalse();
        }
    }
}
