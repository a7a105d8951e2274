package org.offpiste.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.VoteRuleException.Rule;
import org.offpiste.store.SqliteProjectFiles;

/** The rules of dot-vote rounds, on a real project file. */
class VoteServiceTest {
    @TempDir
    Path dir;
    private Project project;
    private VoteService votes;
    private final List<Long> ideas = new ArrayList<>();

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("votes.offpiste"));
        votes = new VoteService(project.votes(), new SplittableRandom(7));
        for (int i = 0; i < 8; i++) {
            ideas.add(project.ideas().add(new NewIdea("Idea " + i, "", List.of(), IdeaStatus.SHORTLIST, "Ana")).id());
        }
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static void refused(Rule rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VoteRuleException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private long a() {
        return ideas.get(0);
    }

    private long b() {
        return ideas.get(1);
    }

    @Test
    void theDefaultAllowanceIsAQuarterOfTheCandidatesAndAtLeastOne() {
        assertThat(VoteService.defaultAllowance(1)).isEqualTo(1);
        assertThat(VoteService.defaultAllowance(3)).isEqualTo(1);
        assertThat(VoteService.defaultAllowance(8)).isEqualTo(2);
        assertThat(VoteService.defaultAllowance(20)).isEqualTo(5);
        assertThat(votes.open("Default", false, null, 1, ideas).allowance()).isEqualTo(2);
        assertThat(votes.open("Edited", false, 5, 2, ideas).allowance()).isEqualTo(5);
    }

    @Test
    void openingNeedsANameAFreeOneCandidatesAndSensibleLimits() {
        votes.open("Morning", false, null, 1, ideas);
        refused(Rule.NAME_TAKEN, () -> votes.open(" morning ", false, null, 1, ideas));
        refused(Rule.NO_CANDIDATES, () -> votes.open("Empty", false, null, 1, List.of()));
        refused(Rule.NO_SUCH_IDEA, () -> votes.open("Ghost", false, null, 1, List.of(a(), 9999L)));
        assertThatThrownBy(() -> votes.open(" ", false, null, 1, ideas)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> votes.open("Zero", false, 0, 1, ideas)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> votes.open("Zero", false, 1, 0, ideas)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findTakesAnIdOrANameIgnoringCase() {
        VoteRound morning = votes.open("Morning round", false, null, 1, ideas);
        VoteRound numbered = votes.open("2026", true, null, 1, ideas);
        assertThat(votes.find(String.valueOf(morning.id()))).contains(morning);
        assertThat(votes.find("MORNING ROUND")).contains(morning);
        assertThat(votes.find(" 2026 ")).contains(numbered);
        assertThat(votes.find("Evening")).isEmpty();
        assertThat(votes.find("")).isEmpty();
    }

    @Test
    void eachParticipantGetsTheCandidatesInAFreshRandomOrder() {
        VoteRound round = votes.open("Morning", false, null, 1, ideas);
        Set<List<Long>> orders = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            List<Long> order = votes.orderFor(round);
            assertThat(order).containsExactlyInAnyOrderElementsOf(ideas);
            orders.add(order);
        }
        assertThat(orders).hasSizeGreaterThan(5);
        VoteService same = new VoteService(project.votes(), new SplittableRandom(7));
        VoteService again = new VoteService(project.votes(), new SplittableRandom(7));
        assertThat(same.orderFor(round)).isEqualTo(again.orderFor(round));
    }

    @Test
    void eachIdIsOneDotAndTheAllowanceIsKept() {
        long round = votes.open("Morning", false, 2, 2, ideas).id();
        refused(Rule.OVER_ALLOWANCE, () -> votes.cast(round, "Cleo", List.of(a(), a(), b())));
        votes.cast(round, "Cleo", List.of(a(), a()));
        votes.close(round);
        assertThat(votes.results(round).get(0)).isEqualTo(new VoteTally(a(), 2, 1));
    }

    @Test
    void atMostOneDotPerIdeaWhenTheRoundSaysSo() {
        long round = votes.open("Morning", false, 3, 1, ideas).id();
        refused(Rule.OVER_PER_IDEA, () -> votes.cast(round, "Cleo", List.of(a(), a())));
        votes.cast(round, "Cleo", List.of(a(), b()));
        assertThat(votes.store().ballots(round)).isEqualTo(1);
    }

    @Test
    void onlyCandidatesTakeDots() {
        long round = votes.open("Morning", false, 3, 1, ideas.subList(0, 4)).id();
        refused(Rule.NOT_A_CANDIDATE, () -> votes.cast(round, "Cleo", List.of(ideas.get(6))));
        assertThat(votes.store().ballots(round)).isZero();
    }

    @Test
    void aClosedRoundTakesNoBallotAndClosesOnce() {
        long round = votes.open("Morning", false, 3, 1, ideas).id();
        votes.close(round);
        refused(Rule.CLOSED, () -> votes.cast(round, "Cleo", List.of(a())));
        refused(Rule.CLOSED, () -> votes.close(round));
        refused(Rule.NO_SUCH_ROUND, () -> votes.close(4242));
        refused(Rule.NO_SUCH_ROUND, () -> votes.cast(4242, "Cleo", List.of(a())));
    }

    @Test
    void aNamedRoundNeedsTheNameAndAVoterCastingAgainReplacesTheBallot() {
        long round = votes.open("Morning", false, 1, 1, ideas).id();
        refused(Rule.NAME_NEEDED, () -> votes.cast(round, null, List.of(a())));
        refused(Rule.NAME_NEEDED, () -> votes.cast(round, "   ", List.of(a())));
        votes.cast(round, " Cleo ", List.of(a()));
        votes.cast(round, "cleo", List.of(b()));
        votes.cast(round, "Dan", List.of(b()));
        assertThat(votes.store().voters(round)).containsExactly("cleo", "Dan");
        votes.close(round);
        assertThat(votes.results(round).get(0)).isEqualTo(new VoteTally(b(), 2, 2));
    }

    @Test
    void aBallotWithoutADotIsRefusedAndLeavesTheEarlierBallotAlone() {
        long named = votes.open("Morning", false, 2, 1, ideas).id();
        long secret = votes.open("Secret", true, 2, 1, ideas).id();
        votes.cast(named, "Ann", List.of(a()));
        refused(Rule.EMPTY_BALLOT, () -> votes.cast(named, "ann", List.of()));
        refused(Rule.EMPTY_BALLOT, () -> votes.check(named, "Ben", List.of()));
        refused(Rule.EMPTY_BALLOT, () -> votes.cast(secret, "Ann", List.of()));
        assertThat(votes.store().ballots(secret)).isZero();
        assertThat(votes.store().voters(named)).containsExactly("Ann");
        votes.close(named);
        assertThat(votes.results(named).get(0)).isEqualTo(new VoteTally(a(), 1, 1));
    }

    @Test
    void earlierVoterNamesTheBallotACastWouldReplaceIgnoringCase() {
        long named = votes.open("Morning", false, 1, 1, ideas).id();
        long secret = votes.open("Secret", true, 1, 1, ideas).id();
        votes.cast(named, "Ann", List.of(a()));
        votes.cast(named, "Élise", List.of(a()));
        votes.cast(secret, "Ann", List.of(a()));
        assertThat(votes.earlierVoter(named, " ANN ")).contains("Ann");
        assertThat(votes.earlierVoter(named, "Ben")).isEmpty();
        assertThat(votes.earlierVoter(named, null)).isEmpty();
        assertThat(votes.earlierVoter(named, "ÉLISE")).contains("Élise");
        assertThat(votes.earlierVoter(named, "élise")).as("the file folds A-Z only").isEmpty();
        assertThat(votes.earlierVoter(secret, "Ann")).isEmpty();
    }

    @Test
    void anAnonymousRoundTakesOneNamelessBallotPerParticipant() {
        long round = votes.open("Secret", true, 1, 1, ideas).id();
        votes.cast(round, " Cleo ", List.of(a()));
        refused(Rule.NAME_NEEDED, () -> votes.cast(round, null, List.of(a())));
        refused(Rule.ALREADY_VOTED, () -> votes.cast(round, "cleo", List.of(a())));
        votes.cast(round, "Dan", List.of(a()));
        assertThat(votes.store().ballots(round)).isEqualTo(2);
        assertThat(votes.store().voters(round)).as("who took part, not how").containsExactly("Cleo", "Dan");
        votes.close(round);
        assertThat(votes.store().ballotsOf(round)).allSatisfy(x -> assertThat(x.voter()).isNull());
    }

    @Test
    void resultsStayHiddenUntilTheRoundIsClosed() {
        long round = votes.open("Morning", false, 2, 1, ideas).id();
        votes.cast(round, "Cleo", List.of(a(), b()));
        votes.cast(round, "Dan", List.of(b()));
        refused(Rule.STILL_OPEN, () -> votes.results(round));
        refused(Rule.NO_SUCH_ROUND, () -> votes.results(4242));
        votes.close(round);
        List<VoteTally> results = votes.results(round);
        assertThat(results).hasSize(ideas.size());
        assertThat(results.subList(0, 2)).containsExactly(new VoteTally(b(), 2, 2), new VoteTally(a(), 1, 1));
    }
}
