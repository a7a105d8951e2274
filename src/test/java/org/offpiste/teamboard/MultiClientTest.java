package org.offpiste.teamboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.NewIdea;
import org.offpiste.board.VersionKind;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteService;
import org.offpiste.ranking.VoteStore;
import org.offpiste.ranking.VoteTally;
import org.offpiste.store.PostgresServer;
import org.offpiste.store.PostgresTeamBoards;
import org.offpiste.store.PostgresTesting;

/**
 * Several participants on one team board, each a separate process ({@link BoardClient}) with its own
 * connections, plus the test itself as the facilitator: a change propagates to the others within a
 * second, two edits of one idea from the same state give one write and one conflict (both texts kept),
 * thirty participants vote at the same moment with exact totals, and a server restarted in
 * the middle of a round loses and doubles nothing. The server is a throwaway {@link PostgresServer} of
 * this class (it is restarted, so never the shared test server); the tests run in order on its one board,
 * a database owned by a role that may do nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiClientTest {
    private static final Duration ANSWER = Duration.ofSeconds(20);
    private static final int CLIENTS = 3;
    private PostgresServer server;
    private ClientProcess.Board board;
    private Project facilitator;
    private final List<ClientProcess> clients = new ArrayList<>();
    private final List<Long> candidates = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = PostgresTesting.ownServer();
        board = new ClientProcess.Board(server.host(), server.port(), PostgresServer.DATABASE, PostgresServer.USER,
                new String(server.password()));
        facilitator = connect();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(ClientProcess.start("client-" + (i + 1), board, dir));
        }
        for (ClientProcess c : clients) {
            c.awaitReady(Duration.ofSeconds(60));
        }
        for (int i = 0; i < 8; i++) {
            candidates.add(facilitator.ideas().add(new NewIdea("candidate " + (i + 1), "", List.of(), IdeaStatus.SHORTLIST,
                    "facilitator")).id());
        }
    }

    @AfterAll
    void stop() {
        clients.forEach(ClientProcess::close);
        if (facilitator != null) {
            facilitator.close();
        }
        if (server != null) {
            server.destroy();
        }
    }

    private Project connect() {
        return new PostgresTeamBoards().connect(new TeamBoardAddress(board.host(), board.port(), board.database(),
                board.user(), TlsMode.DISABLE), board.password().toCharArray());
    }

    @Test
    @Order(1)
    void anIdeaAddedByOneClientAppearsOnEveryOtherWithinASecond() {
        List<Double> latencies = new ArrayList<>();
        for (int k = 0; k <= 12; k++) {
            List<Double> seen = propagate("idea-" + k, clients.get(k % CLIENTS));
            if (k > 0) {
                latencies.addAll(seen);
            }
        }
        latencies.sort(Double::compare);
        System.out.printf(Locale.ROOT, "multi-client propagation: n=%d p50=%.1f ms max=%.1f ms%n", latencies.size(),
                latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1));
        assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThan(1000.0));
        for (ClientProcess c : clients) {
            assertThat(c.ask("count", "count", ANSWER)).isEqualTo("count " + (candidates.size() + 13));
        }
    }

    /** {@code writer} adds an idea titled {@code title}; returns how long each other client took to show it (ms). */
    private List<Double> propagate(String title, ClientProcess writer) {
        List<ClientProcess> readers = clients.stream().filter(c -> c != writer).toList();
        for (ClientProcess r : readers) {
            r.ask("wait-idea " + title + " 10000", "waiting", ANSWER);
        }
        writer.ask("add " + title, "added", ANSWER);
        List<Double> out = new ArrayList<>();
        for (ClientProcess r : readers) {
            String seen = r.expect("seen", ANSWER);
            out.add(Double.parseDouble(seen.split(" ")[2]));
        }
        return out;
    }

    @Test
    @Order(2)
    void twoClientsEditingTheSameIdeaFromTheSameStateGetOneWriteAndOneConflictKeepingBothTexts() {
        BoardService board = new BoardService(facilitator.ideas(), () -> "facilitator");
        Idea idea = board.add("shared", "", List.of(), IdeaStatus.INBOX);
        ClientProcess ana = clients.get(0);
        ClientProcess ben = clients.get(1);
        String base = ana.ask("get " + idea.id(), "idea", ANSWER).split(" ")[2];
        assertThat(ben.ask("get " + idea.id(), "idea", ANSWER).split(" ")[2]).isEqualTo(base);

        ana.send("edit " + idea.id() + " " + base + " ana-text");
        ben.send("edit " + idea.id() + " " + base + " ben-text");
        String fromAna = ana.expect("", ANSWER);
        String fromBen = ben.expect("", ANSWER);

        System.out.println("multi-client same base: ana " + fromAna + ", ben " + fromBen);
        assertThat(List.of(fromAna.split(" ")[0], fromBen.split(" ")[0])).containsExactlyInAnyOrder("edited", "conflict");
        String winner = fromAna.startsWith("edited") ? "ana-text" : "ben-text";
        String loser = winner.equals("ana-text") ? "ben-text" : "ana-text";
        assertThat(fromAna.startsWith("conflict") ? fromAna : fromBen).isEqualTo("conflict " + winner);
        assertThat(facilitator.ideas().find(idea.id()).orElseThrow().title()).isEqualTo(winner);
        List<IdeaVersion> history = facilitator.versions().history(idea.id());
        assertThat(history).extracting(IdeaVersion::title).contains("shared", winner, loser);
        assertThat(history).filteredOn(v -> v.title().equals(loser)).extracting(IdeaVersion::kind)
                .containsExactly(VersionKind.CONFLICTED);
        ClientProcess third = clients.get(2);
        assertThat(third.ask("wait-idea " + winner + " 5000", "waiting", ANSWER)).isEqualTo("waiting");
        third.expect("seen " + idea.id(), ANSWER);
    }

    @Test
    @Order(3)
    void thirtyParticipantsVotingAtTheSameMomentGiveExactTotals() {
        VoteService votes = new VoteService(facilitator.votes(), new Random(3));
        VoteRound round = votes.open("Thirty at once", false, 3, 2, candidates);
        for (ClientProcess c : clients) {
            c.ask("voters 11", "voters 11", Duration.ofSeconds(60));
        }
        Random random = new Random(30);
        Map<String, List<List<Long>>> sent = new HashMap<>();
        for (int p = 1; p <= 30; p++) {
            String who = String.format(Locale.ROOT, "p%02d", p);
            List<Long> dots = ballot(round, random);
            queue(clients.get(p % CLIENTS), (p - 1) / CLIENTS, round, who, dots);
            sent.computeIfAbsent(who, k -> new ArrayList<>()).add(dots);
            if (p <= 5) {
                // A racing second ballot of the same participant, on another process and connection: the same
                // dots (a double click) for three of them, other dots (a change of mind) for two.
                List<Long> again = p <= 3 ? dots : ballot(round, random);
                queue(clients.get((p + 1) % CLIENTS), 10, round, who, again);
                sent.get(who).add(again);
            }
        }
        long start = System.currentTimeMillis() + 1000;
        List<String> outcomes = new ArrayList<>();
        for (ClientProcess c : clients) {
            c.send("go " + start);
        }
        long wall = 0;
        for (ClientProcess c : clients) {
            List<String> lines = c.until("done", Duration.ofSeconds(60));
            outcomes.addAll(lines.subList(0, lines.size() - 1));
            wall = Math.max(wall, Long.parseLong(lines.get(lines.size() - 1).split(" ")[2]));
        }
        System.out.println("multi-client 30 voters (+5 racing duplicates): all answered " + wall + " ms after the start; "
                + outcomes);
        assertThat(outcomes).hasSize(35);
        for (String who : sent.keySet()) {
            List<String> mine = outcomes.stream().filter(o -> o.startsWith("cast " + who + " ")).toList();
            assertThat(mine).as(who).anyMatch(o -> o.contains(" ok "));
            assertThat(mine).as(who).allMatch(o -> o.contains(" ok ") || o.contains(" refused ") || o.contains(" failed "));
        }
        assertThat(outcomes.stream().filter(o -> o.contains(" ok ")).count()).isGreaterThanOrEqualTo(30);
        votes.close(round.id());
        assertExactly(round, sent);
    }

    /** Dots within the round's rules: the whole allowance, at most {@code maxPerIdea} on one idea. */
    private static List<Long> ballot(VoteRound round, Random random) {
        List<Long> dots = new ArrayList<>();
        Map<Long, Integer> on = new HashMap<>();
        while (dots.size() < round.allowance()) {
            long id = round.candidates().get(random.nextInt(round.candidates().size()));
            if (on.merge(id, 1, Integer::sum) <= round.maxPerIdea()) {
                dots.add(id);
            } else {
                on.merge(id, -1, Integer::sum);
            }
        }
        return dots;
    }

    private static void queue(ClientProcess c, int slot, VoteRound round, String who, List<Long> dots) {
        StringBuilder line = new StringBuilder("ballot " + slot + " " + round.id() + " " + who);
        dots.forEach(d -> line.append(' ').append(d));
        c.ask(line.toString(), "queued", ANSWER);
    }

    /**
     * One ballot per participant who voted, each one of the ballots that participant sent, within the
     * allowance; the round's totals are exactly the sums of those ballots.
     */
    private void assertExactly(VoteRound round, Map<String, List<List<Long>>> sent) {
        List<VoteStore.Ballot> ballots = facilitator.votes().ballotsOf(round.id());
        assertThat(ballots).extracting(VoteStore.Ballot::voter).containsExactlyInAnyOrderElementsOf(sent.keySet());
        Map<Long, Integer> expected = new HashMap<>();
        for (VoteStore.Ballot b : ballots) {
            Map<Long, Integer> cast = new HashMap<>();
            b.votes().forEach(v -> cast.merge(v.ideaId(), v.dots(), Integer::sum));
            assertThat(b.votes().stream().mapToInt(BallotVote::dots).sum()).as(b.voter()).isLessThanOrEqualTo(round.allowance());
            assertThat(sent.get(b.voter()).stream().map(MultiClientTest::counted)).as(b.voter()).contains(cast);
            cast.forEach((id, n) -> expected.merge(id, n, Integer::sum));
        }
        Map<Long, Integer> totals = new HashMap<>();
        for (VoteTally t : facilitator.votes().results(round.id())) {
            if (t.dots() > 0) {
                totals.put(t.ideaId(), t.dots());
            }
        }
        assertThat(totals).isEqualTo(expected);
        assertThat(totals.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(sent.size() * round.allowance());
    }

    private static Map<Long, Integer> counted(List<Long> dots) {
        Map<Long, Integer> out = new HashMap<>();
        dots.forEach(d -> out.merge(d, 1, Integer::sum));
        return out;
    }

    @Test
    @Order(4)
    void aServerRestartedInTheMiddleOfARoundLosesAndDoublesNoVote() throws Exception {
        VoteService votes = new VoteService(facilitator.votes(), new Random(4));
        VoteRound round = votes.open("Across a restart", false, 2, 1, candidates);
        Random random = new Random(40);
        Map<String, List<List<Long>>> sent = new HashMap<>();
        for (int p = 1; p <= 6; p++) {
            vote(clients.get(p % CLIENTS), round, "before-" + p, ballot(round, random), sent);
        }
        server.stop();
        List<ClientProcess> waiting = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            // Cast while the server is away: the client sends it again until the server is back.
            ClientProcess c = clients.get(p % CLIENTS);
            List<Long> dots = ballot(round, random);
            sent.put("during-" + p, List.of(dots));
            c.send(voteLine(round, "during-" + p, dots));
            waiting.add(c);
        }
        Thread.sleep(1500);
        server.start();
        List<String> during = new ArrayList<>();
        for (ClientProcess c : waiting) {
            during.add(c.expect("", Duration.ofSeconds(45)));
        }
        // "voted N": sent N times, the first while the server was down (refused as OFFLINE), the last once it was back.
        assertThat(during).allSatisfy(answer -> assertThat(answer).matches("voted ([2-9]|\\d\\d+)"));
        for (int p = 1; p <= 6; p++) {
            vote(clients.get(p % CLIENTS), round, "after-" + p, ballot(round, random), sent);
        }
        // Each client's feed noticed the server gone and is listening again (its retries: 0.5 s doubling up to 5 s).
        List<String> back = clients.stream().map(c -> c.ask("wait-back 15000", "back", ANSWER)).toList();
        List<Double> seen = propagate("after-restart", clients.get(0));
        System.out.println("multi-client after the restart: votes cast while it was down " + during + "; feeds " + back + " more ms after the votes; propagation "
                + seen + " ms; " + clients.stream().map(c -> c.ask("events", "events", ANSWER)).toList());
        assertThat(seen).allSatisfy(ms -> assertThat(ms).isLessThan(1000.0));
        retrying(() -> {
            votes.close(round.id());
            return null;
        });
        assertExactly(round, sent);
    }

    private static void vote(ClientProcess c, VoteRound round, String who, List<Long> dots, Map<String, List<List<Long>>> sent) {
        sent.put(who, List.of(dots));
        assertThat(c.ask(voteLine(round, who, dots), "", Duration.ofSeconds(45))).startsWith("voted");
    }

    private static String voteLine(VoteRound round, String who, List<Long> dots) {
        StringBuilder line = new StringBuilder("vote " + round.id() + " " + who);
        dots.forEach(d -> line.append(' ').append(d));
        return line.toString();
    }

    /** The facilitator's own connection comes back on next use; a call in the gap is refused as offline. */
    private static <T> T retrying(Callable<T> call) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (ProjectException e) {
                if (attempt >= 50 || (e.problem() != Problem.OFFLINE && e.problem() != Problem.UNREACHABLE)) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
