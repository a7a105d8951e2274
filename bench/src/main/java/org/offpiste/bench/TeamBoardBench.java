package org.offpiste.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.NewIdea;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.Project;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteService;
import org.offpiste.ranking.VoteTally;
import org.offpiste.store.PostgresTeamBoards;
import org.offpiste.store.SqliteProjectFiles;

/**
 * Issue 6's team boards on a PostgreSQL server over loopback: how soon a change by one client is on
 * another's board (through the live feed), thirty participants casting all their dots at the same
 * moment, and opening a board of 10,000 ideas (as the window opens it) against the same board in a
 * project file. The server is a throwaway one ({@link BenchServer}) unless {@code OFFPISTE_BENCH_PG}
 * names one ({@code host:port:user}, password in {@code OFFPISTE_BENCH_PG_PASSWORD}, a role that owns
 * an empty database per board: {@code offpiste_bench_propagation}, {@code _votes}, {@code _open}).
 */
final class TeamBoardBench {
    private static final int CHANGES = 200;
    private static final int VOTERS = 30;
    private static final int CANDIDATES = 20;
    private static final int IDEAS = 10_000;
    private static final int FIRST_PAGE = 60;
    private final Report report;
    private final Path work;

    TeamBoardBench(Report report, Path work) {
        this.report = report;
        this.work = work;
    }

    void run() throws Exception {
        report.section("Team boards on PostgreSQL (loopback)");
        report.figure("load average (1, 5, 15 min) at the start", loads());
        String given = System.getenv("OFFPISTE_BENCH_PG");
        if (given != null && !given.isBlank()) {
            String[] f = given.split(":");
            char[] pw = Optional.ofNullable(System.getenv("OFFPISTE_BENCH_PG_PASSWORD")).orElse("").toCharArray();
            report.figure("server", "given: " + f[0] + ":" + f[1]);
            measure(db -> new TeamBoardAddress(f[0], Integer.parseInt(f[1]), db, f[2], TlsMode.DISABLE), pw);
            return;
        }
        Optional<Path> bin = BenchServer.binaries();
        if (bin.isEmpty()) {
            report.note("skipped: no PostgreSQL binaries (initdb) and no OFFPISTE_BENCH_PG");
            return;
        }
        try (BenchServer server = BenchServer.start(bin.get())) {
            report.figure("server", "throwaway PostgreSQL " + bin.get().getParent().getFileName()
                    + " on 127.0.0.1, default settings (fsync on)");
            String password = "bench-" + Long.toHexString(System.nanoTime());
            for (String db : List.of("propagation", "votes", "open")) {
                server.createBoard("offpiste_bench_" + db, "bench_" + db, password);
            }
            measure(db -> new TeamBoardAddress("127.0.0.1", server.port(), "offpiste_bench_" + db,
                    "bench_" + db, TlsMode.DISABLE), password.toCharArray());
        }
        report.figure("load average (1, 5, 15 min) at the end", loads());
    }

    private interface Addresses {
        TeamBoardAddress of(String board);
    }

    private void measure(Addresses at, char[] password) throws Exception {
        PostgresTeamBoards boards = new PostgresTeamBoards();
        propagation(() -> boards.connect(at.of("propagation"), password.clone()));
        voters(() -> boards.connect(at.of("votes"), password.clone()));
        open(() -> boards.connect(at.of("open"), password.clone()));
    }

    private interface Connect {
        Project get();
    }

    /**
     * Client A adds an idea; client B, told by its feed, reads its first page again until the idea is on
     * it. The time is from A's call to B having the idea: A's write, the notification, B's read.
     */
    private void propagation(Connect connect) throws Exception {
        try (Project a = connect.get(); Project b = connect.get()) {
            Semaphore news = new Semaphore(0);
            try (BoardFeed.Subscription s = b.feed().subscribe(news::release)) {
                Sampler change = new Sampler();
                Sampler write = new Sampler();
                for (int i = -20; i < CHANGES; i++) {
                    String title = "change " + i;
                    Sampler c = i < 0 ? new Sampler() : change;
                    Sampler w = i < 0 ? new Sampler() : write;
                    news.drainPermits();
                    c.time(() -> {
                        w.time(() -> a.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.INBOX, "a")));
                        while (!onFirstPage(b.ideas(), title)) {
                            if (!news.tryAcquire(5, TimeUnit.SECONDS)) {
                                throw new IllegalStateException("no change reported within 5 s: " + title);
                            }
                        }
                        return null;
                    });
                    Thread.sleep(10);
                }
                report.figure("change on A -> on B's board (target p95 <= 500)", change.summary() + " " + verdict(change));
                report.figure("  of which: A's write (add one idea)", write.summary());
                report.note(CHANGES + " ideas added one at a time by A (after 20 untimed), B re-reads its first "
                        + FIRST_PAGE + " cards at each change its feed reports; two connections in one process");
            }
        }
    }

    private static String verdict(Sampler s) {
        return s.wall().percentile(95) <= 500 ? "(met)" : "(missed)";
    }

    private static boolean onFirstPage(IdeaStore store, String title) {
        return store.findAll(first(store.queryIds(IdeaQuery.all()), FIRST_PAGE)).stream()
                .map(Idea::title).anyMatch(title::equals);
    }

    /** Thirty connections, each a participant, all casting their whole allowance at once (three rounds). */
    private void voters(Connect connect) throws Exception {
        List<Project> people = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(VOTERS);
        try {
            Project facilitator = connect.get();
            people.add(facilitator);
            List<Long> candidates = new ArrayList<>();
            for (Idea i : facilitator.ideas().addAll(new IdeaGenerator(7).ideas(CANDIDATES))) {
                candidates.add(i.id());
            }
            for (int v = 1; v < VOTERS; v++) {
                people.add(connect.get());
            }
            VoteService open = new VoteService(facilitator.votes(), new java.util.Random(1));
            Sampler wall = new Sampler();
            List<Double> each = new ArrayList<>();
            List<String> checks = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                VoteRound round = open.open("Round " + r, r % 2 == 1, 5, 2, candidates);
                SplittableRandom random = new SplittableRandom(r);
                Map<Long, Integer> expected = new HashMap<>();
                List<List<Long>> ballots = new ArrayList<>();
                for (int v = 0; v < VOTERS; v++) {
                    List<Long> dots = ballot(round, random);
                    dots.forEach(d -> expected.merge(d, 1, Integer::sum));
                    ballots.add(dots);
                }
                CyclicBarrier start = new CyclicBarrier(VOTERS + 1);
                List<Future<Double>> cast = new ArrayList<>();
                for (int v = 0; v < VOTERS; v++) {
                    VoteService votes = new VoteService(people.get(v).votes(), new java.util.Random(v));
                    String who = "participant " + (v + 1);
                    List<Long> dots = ballots.get(v);
                    cast.add(pool.submit(() -> {
                        start.await();
                        long t0 = System.nanoTime();
                        votes.cast(round.id(), who, dots);
                        return (System.nanoTime() - t0) / 1e6;
                    }));
                }
                Sampler w = r == 0 ? new Sampler() : wall;
                List<Double> times = w.time(() -> {
                    start.await();
                    List<Double> out = new ArrayList<>();
                    for (Future<Double> f : cast) {
                        out.add(f.get(60, TimeUnit.SECONDS));
                    }
                    return out;
                });
                if (r > 0) {
                    each.addAll(times);
                }
                open.close(round.id());
                checks.add(check(facilitator, round, expected));
            }
            report.figure("30 ballots cast at once: start -> last stored", wall.summary());
            report.figure("  each ballot, from the start to stored", Stats.ofMillis(each).summary());
            report.figure("  totals (each round: dots counted / cast)", String.join("; ", checks));
            report.note(VOTERS + " connections in one process, " + CANDIDATES + " candidates, 5 dots each (at most 2 on an"
                    + " idea), started together by a barrier; one untimed round, then 3 (anonymous, named, anonymous)");
        } finally {
            pool.shutdownNow();
            people.forEach(Project::close);
        }
    }

    private static List<Long> ballot(VoteRound round, SplittableRandom random) {
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

    private static String check(Project p, VoteRound round, Map<Long, Integer> expected) {
        Map<Long, Integer> got = new HashMap<>();
        int sum = 0;
        for (VoteTally t : p.votes().results(round.id())) {
            if (t.dots() > 0) {
                got.put(t.ideaId(), t.dots());
            }
            sum += t.dots();
        }
        int cast = expected.values().stream().mapToInt(Integer::intValue).sum();
        return sum + "/" + cast + (got.equals(expected) ? " exact" : " WRONG");
    }

    /**
     * Opening a board of 10,000 ideas as the window does: connect (or open the file), the ids in board
     * order and the idea count, the first page of cards; then the lane counts and tags.
     */
    private void open(Connect connect) throws Exception {
        List<NewIdea> ideas = new IdeaGenerator(42).ideas(IDEAS);
        Sampler seed = new Sampler();
        try (Project p = connect.get()) {
            seed.time(() -> p.ideas().addAll(ideas));
        }
        report.figure("seed 10,000 ideas (IdeaStore.addAll, one batch)", seed.summary());
        Path file = work.resolve("teamboard-10k.offpiste");
        Files.deleteIfExists(file);
        SqliteProjectFiles files = new SqliteProjectFiles();
        try (Project p = files.create(file)) {
            p.ideas().addAll(ideas);
        }
        Sampler[] server = openings(connect);
        Sampler[] local = openings(() -> files.open(file));
        report.figure("team board: connect + first page (target <= 2000)", server[0].summary() + " "
                + (server[0].wall().percentile(95) <= 2000 ? "(met)" : "(missed)"));
        report.figure("  of which: connect (TLS off, migrations checked)", server[1].summary());
        report.figure("  then lane counts + tags", server[2].summary());
        report.figure("project file: open + first page", local[0].summary());
        report.figure("  of which: open the file", local[1].summary());
        report.figure("  then lane counts + tags", local[2].summary());
        report.figure("  ratio team board / file (p50, first page)", String.format(Locale.ROOT, "%.1f x",
                server[0].wall().median() / local[0].wall().median()));
        report.note("1 untimed opening, then 7; closing is not counted; the same 10,000 generated ideas (seed 42)");
    }

    /** {first page, connect alone, facets after it}. */
    private static Sampler[] openings(Connect connect) throws Exception {
        Sampler total = new Sampler();
        Sampler opened = new Sampler();
        Sampler facets = new Sampler();
        for (int i = 0; i < 8; i++) {
            boolean keep = i > 0;
            Project[] p = new Project[1];
            (keep ? total : new Sampler()).time(() -> {
                p[0] = (keep ? opened : new Sampler()).time(connect::get);
                IdeaStore store = p[0].ideas();
                long[] ids = store.queryIds(IdeaQuery.all());
                store.count();
                return store.findAll(first(ids, FIRST_PAGE));
            });
            try (Project project = p[0]) {
                (keep ? facets : new Sampler()).time(() -> {
                    project.ideas().countByStatus(IdeaQuery.all());
                    return project.ideas().tags();
                });
            }
        }
        return new Sampler[] {total, opened, facets};
    }

    private static List<Long> first(long[] ids, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, ids.length); i++) {
            out.add(ids[i]);
        }
        return out;
    }

    private static String loads() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
