package org.offpiste.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.NewIdea;
import org.offpiste.board.Tags;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectFiles;
import org.offpiste.store.SqliteProjectFiles;

/**
 * The board with 100,000 ideas, through the same services as the window and the command line:
 * open to a ready board, full-text search, tag filter, sorts, and a CSV import of 100,000 rows.
 */
final class StoreBench {
    static final int IDEAS = 100_000;
    /** What the board shows first: a screenful of cards. */
    private static final int FIRST_PAGE = 60;
    private final Report report;
    private final Path work;
    private final ProjectFiles files = new SqliteProjectFiles();

    StoreBench(Report report, Path work) {
        this.report = report;
        this.work = work;
    }

    /** Creates (once) the 100k-idea project the store and memory benchmarks open. */
    static Path board(Path work, Report report) throws Exception {
        Path file = work.resolve("board-100k" + ProjectFiles.EXTENSION);
        if (Files.exists(file)) {
            return file;
        }
        IdeaGenerator generator = new IdeaGenerator(42);
        List<NewIdea> ideas = generator.ideas(IDEAS);
        try (Project project = new SqliteProjectFiles().create(file)) {
            BoardService board = new BoardService(project.ideas(), () -> "bench");
            long t0 = System.nanoTime();
            board.addAll(ideas);
            report.figure("add 100,000 ideas (BoardService.addAll)", Stats.ms((System.nanoTime() - t0) / 1e6) + " ms");
        }
        report.figure("project file with 100,000 ideas", Files.size(file) / (1024 * 1024) + " MiB");
        return file;
    }

    void run() throws Exception {
        report.section("Board with 100,000 ideas (store and services, in-process)");
        Path file = board(work, report);
        openToReady(file);
        try (Project project = files.open(file)) {
            IdeaStore store = project.ideas();
            search(store);
            tagFilter(store);
            sorts(store);
            other(store);
        }
        importCsv();
    }

    private void openToReady(Path file) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            long t0 = System.nanoTime();
            try (Project project = files.open(file)) {
                IdeaStore store = project.ideas();
                long[] ids = store.queryIds(IdeaQuery.all());
                store.findAll(first(ids, FIRST_PAGE));
                store.countByStatus(IdeaQuery.all());
                store.tags();
                double ms = (System.nanoTime() - t0) / 1e6;
                if (i > 0) {
                    times.add(ms);
                }
            }
        }
        report.figure("open to ready board (target <= 1000 ms)", Stats.ofMillis(times).summary());
        report.note("open the file (migrations checked) + ids of all ideas in board order + the first "
                + FIRST_PAGE + " cards + lane counts + tag list; warm file cache");
    }

    private void search(IdeaStore store) throws Exception {
        List<String> queries = Queries.twoHundred(new IdeaGenerator(42).tagPool());
        int failures = 0;
        long hits = 0;
        for (String q : queries) {
            try {
                store.queryIds(IdeaQuery.all().withText(q));
            } catch (RuntimeException e) {
                failures++;
            }
        }
        long[] idsOnly = new long[queries.size()];
        long[] withPage = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            IdeaQuery q = IdeaQuery.all().withText(queries.get(i));
            try {
                long t0 = System.nanoTime();
                long[] ids = store.queryIds(q);
                long t1 = System.nanoTime();
                store.findAll(first(ids, FIRST_PAGE));
                long t2 = System.nanoTime();
                idsOnly[i] = t1 - t0;
                withPage[i] = t2 - t0;
                hits += ids.length;
            } catch (RuntimeException e) {
                idsOnly[i] = withPage[i] = -1;
            }
        }
        report.figure("full-text search, ids (target p95 <= 30 ms)", Stats.ofNanos(valid(idsOnly)).summary()
                .replace("median", "p50"));
        report.figure("full-text search + first " + FIRST_PAGE + " cards", Stats.ofNanos(valid(withPage)).summary()
                .replace("median", "p50"));
        report.note(queries.size() + " queries (EN/FR words, unaccented and upper-case forms, prefixes, two words, tags, "
                + "no-match words), after one warm-up pass; " + (hits / queries.size()) + " hits on average"
                + (failures > 0 ? "; " + failures + " queries FAILED with an exception" : ""));
    }

    private void tagFilter(IdeaStore store) throws Exception {
        List<String> pool = new IdeaGenerator(42).tagPool();
        List<String> tags = new ArrayList<>(pool.subList(0, 10));
        tags.addAll(pool.subList(pool.size() - 10, pool.size()));
        List<Double> times = new ArrayList<>();
        for (int rep = 0; rep < 6; rep++) {
            for (String tag : tags) {
                IdeaQuery q = IdeaQuery.all().withTags(Set.of(Tags.normalise(tag)));
                double ms = time(() -> {
                    long[] ids = store.queryIds(q);
                    store.findAll(first(ids, FIRST_PAGE));
                    return ids.length;
                });
                if (rep > 0) {
                    times.add(ms);
                }
            }
        }
        report.figure("tag filter + first cards (target <= 50 ms)", Stats.ofMillis(times).summary());
        report.note("10 most used and 10 least used tags, 5 times each after a warm-up");
    }

    private void sorts(IdeaStore store) throws Exception {
        for (IdeaSort sort : IdeaSort.values()) {
            for (boolean lane : new boolean[] {false, true}) {
                IdeaQuery q = IdeaQuery.all().withSort(sort)
                        .withStatuses(lane ? Set.of(IdeaStatus.SHORTLIST) : Set.of());
                List<Double> times = new ArrayList<>();
                for (int rep = 0; rep < 12; rep++) {
                    double ms = time(() -> {
                        long[] ids = store.queryIds(q);
                        store.findAll(first(ids, FIRST_PAGE));
                        return ids.length;
                    });
                    if (rep >= 2) {
                        times.add(ms);
                    }
                }
                report.figure(String.format(Locale.ROOT, "sort by %s%s (target <= 50 ms)", sort.key(),
                        lane ? ", Shortlist lane" : ", all 100k"), Stats.ofMillis(times).summary());
            }
        }
    }

    private void other(IdeaStore store) throws Exception {
        List<Double> counts = new ArrayList<>();
        List<Double> tagLists = new ArrayList<>();
        for (int rep = 0; rep < 12; rep++) {
            double c = time(() -> store.countByStatus(IdeaQuery.all().withText("café")));
            double t = time(store::tags);
            if (rep >= 2) {
                counts.add(c);
                tagLists.add(t);
            }
        }
        report.figure("lane counts for a search", Stats.ofMillis(counts).summary());
        report.figure("tag list with counts", Stats.ofMillis(tagLists).summary());
    }

    private void importCsv() throws Exception {
        Path csv = work.resolve("ideas-100k.csv");
        IdeaGenerator generator = new IdeaGenerator(4242);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("title", "body", "tags", "status").get())) {
            for (int i = 0; i < IDEAS; i++) {
                NewIdea idea = generator.next();
                printer.printRecord(idea.title(), idea.body(), Tags.join(idea.tags()), idea.status().key());
            }
        }
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Path file = work.resolve("import-" + run + ProjectFiles.EXTENSION);
            try (Project project = files.create(file)) {
                BoardService board = new BoardService(project.ideas(), () -> "bench");
                long t0 = System.nanoTime();
                board.addAll(readCsv(csv));
                times.add((System.nanoTime() - t0) / 1e6);
            }
            Files.deleteIfExists(file);
        }
        report.figure("import 100,000 CSV rows (target <= 5000 ms)", Stats.ofMillis(times).summary());
        report.note("read " + Files.size(csv) / (1024 * 1024) + " MiB of CSV with commons-csv, then BoardService.addAll, "
                + "into a new project; 3 runs");
    }

    private static List<NewIdea> readCsv(Path csv) throws Exception {
        List<NewIdea> ideas = new ArrayList<>(IDEAS);
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                ideas.add(new NewIdea(row.get("title"), row.get("body"), Tags.split(row.get("tags")),
                        IdeaStatus.parse(row.get("status")), "import"));
            }
        }
        return ideas;
    }

    private static List<Long> first(long[] ids, int n) {
        return Arrays.stream(ids, 0, Math.min(n, ids.length)).boxed().toList();
    }

    private static long[] valid(long[] nanos) {
        return Arrays.stream(nanos).filter(n -> n >= 0).toArray();
    }

    private static double time(Callable<?> work) throws Exception {
        long t0 = System.nanoTime();
        work.call();
        return (System.nanoTime() - t0) / 1e6;
    }
}
