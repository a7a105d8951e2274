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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.NewIdea;
import org.offpiste.board.Tags;
import org.offpiste.export.IdeaCsvReader;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectFiles;
import org.offpiste.store.SqliteProjectFiles;

/**
 * The board with 100,000 ideas, through the same services as the window and the command line:
 * open to a ready board, full-text search, tag filter, sorts, and a CSV import of 100,000 rows.
 * Each figure has its wall time and the CPU time of the calling thread (see {@link Sampler}).
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
        List<NewIdea> ideas = new IdeaGenerator(42).ideas(IDEAS);
        Sampler add = new Sampler();
        try (Project project = new SqliteProjectFiles().create(file)) {
            BoardService board = new BoardService(project.ideas(), () -> "bench");
            add.time(() -> board.addAll(ideas));
        }
        report.figure("add 100,000 ideas (BoardService.addAll)", add.summary());
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
            Sampler counts = Sampler.repeat(2, 10, () -> store.countByStatus(IdeaQuery.all().withText("café")));
            report.figure("lane counts for a search", counts.summary());
        }
        importCsv();
    }

    private void openToReady(Path file) throws Exception {
        Sampler total = new Sampler();
        Sampler open = new Sampler();
        Sampler ids = new Sampler();
        Sampler page = new Sampler();
        Sampler lanes = new Sampler();
        Sampler tags = new Sampler();
        for (int i = 0; i <= 5; i++) {
            boolean keep = i > 0;
            Sampler t = keep ? total : new Sampler();
            t.time(() -> {
                try (Project project = (keep ? open : new Sampler()).time(() -> files.open(file))) {
                    IdeaStore store = project.ideas();
                    long[] all = (keep ? ids : new Sampler()).time(() -> store.queryIds(IdeaQuery.all()));
                    (keep ? page : new Sampler()).time(() -> store.findAll(first(all, FIRST_PAGE)));
                    (keep ? lanes : new Sampler()).time(() -> store.countByStatus(IdeaQuery.all()));
                    (keep ? tags : new Sampler()).time(store::tags);
                }
                return null;
            });
        }
        report.figure("open to ready board (target <= 1000 ms)", total.summary());
        report.figure("  of which: open the file", open.summary());
        report.figure("  of which: ids of all ideas, board order", ids.summary());
        report.figure("  of which: first " + FIRST_PAGE + " cards", page.summary());
        report.figure("  of which: lane counts", lanes.summary());
        report.figure("  of which: tag list with counts", tags.summary());
        report.note("what the board needs before it is usable; 5 opens after a warm-up, warm file cache; "
                + "closing the project is not counted");
    }

    private void search(IdeaStore store) throws Exception {
        List<String> queries = Queries.twoHundred(new IdeaGenerator(42).tagPool());
        List<String> failed = new ArrayList<>();
        for (String q : queries) {
            try {
                store.queryIds(IdeaQuery.all().withText(q));
            } catch (RuntimeException e) {
                failed.add(q);
            }
        }
        Sampler ids = new Sampler();
        Sampler withPage = new Sampler();
        long hits = 0;
        for (String text : queries) {
            if (failed.contains(text)) {
                continue;
            }
            IdeaQuery q = IdeaQuery.all().withText(text);
            long[] found = withPage.time(() -> {
                long[] r = ids.time(() -> store.queryIds(q));
                store.findAll(first(r, FIRST_PAGE));
                return r;
            });
            hits += found.length;
        }
        report.figure("full-text search, ids (target p95 <= 30 ms)", ids.summary());
        report.figure("full-text search + first " + FIRST_PAGE + " cards", withPage.summary());
        report.note(queries.size() + " queries (EN/FR words, unaccented and upper-case forms, prefixes, two words, tags, "
                + "words of the bodies, no-match words), each once after a warm-up pass; "
                + hits / Math.max(1, queries.size() - failed.size()) + " hits on average"
                + (failed.isEmpty() ? "" : "; FAILED with an exception: " + failed));
    }

    private void tagFilter(IdeaStore store) throws Exception {
        List<String> pool = new IdeaGenerator(42).tagPool();
        List<String> tags = new ArrayList<>(pool.subList(0, 10));
        tags.addAll(pool.subList(pool.size() - 10, pool.size()));
        Sampler s = new Sampler();
        for (int rep = 0; rep < 6; rep++) {
            for (String tag : tags) {
                IdeaQuery q = IdeaQuery.all().withTags(Set.of(Tags.normalise(tag)));
                (rep > 0 ? s : new Sampler()).time(() -> store.findAll(first(store.queryIds(q), FIRST_PAGE)));
            }
        }
        report.figure("tag filter + first cards (target <= 50 ms)", s.summary());
        report.note("10 most used and 10 least used tags, 5 times each after a warm-up");
    }

    private void sorts(IdeaStore store) throws Exception {
        for (IdeaSort sort : IdeaSort.values()) {
            for (boolean lane : new boolean[] {false, true}) {
                IdeaQuery q = IdeaQuery.all().withSort(sort).withStatuses(lane ? Set.of(IdeaStatus.SHORTLIST) : Set.of());
                Sampler s = Sampler.repeat(2, 10, () -> store.findAll(first(store.queryIds(q), FIRST_PAGE)));
                report.figure(String.format(Locale.ROOT, "sort by %s, %s (target <= 50 ms)", sort.key(),
                        lane ? "Shortlist lane" : "all 100k"), s.summary());
            }
        }
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
        Sampler read = new Sampler();
        Sampler total = new Sampler();
        for (int run = 0; run < 3; run++) {
            Path file = work.resolve("import-" + run + ProjectFiles.EXTENSION);
            try (Project project = files.create(file)) {
                BoardService board = new BoardService(project.ideas(), () -> "bench");
                total.time(() -> {
                    List<NewIdea> ideas = read.time(() -> {
                        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                            return new IdeaCsvReader("bench").read(in);
                        }
                    });
                    return board.addAll(ideas);
                });
            }
            Files.deleteIfExists(file);
        }
        report.figure("import 100,000 CSV rows (target <= 5000 ms)", total.summary());
        report.figure("  of which: read the CSV (IdeaCsvReader)", read.summary());
        report.note("the command line's import path in-process: IdeaCsvReader over " + Files.size(csv) / (1024 * 1024)
                + " MiB of CSV, then BoardService.addAll, into a new project; 3 runs");
        importWithTheCommandLine(csv);
    }

    private void importWithTheCommandLine(Path csv) throws Exception {
        List<Double> cli = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Path file = work.resolve("import-cli-" + run + ProjectFiles.EXTENSION);
            files.create(file).close();
            try (JavaProcess p = JavaProcess.start("org.offpiste.app.Main", List.of(),
                    List.of("import", file.toString(), csv.toString()), work.resolve("home-cli"))) {
                int code = p.awaitExit(180_000);
                if (code != 0) {
                    report.figure("offpiste import (new JVM)", "failed with exit code " + code + ": " + p.lastLines());
                    return;
                }
                cli.add(p.millisSinceStart());
            }
            Files.deleteIfExists(file);
        }
        report.figure("offpiste import FILE 100k.csv, whole command", "wall " + Stats.ofMillis(cli).summary());
        report.note("a new JVM running the real command line, start to exit (JVM start and file open included)");
    }

    private static List<Long> first(long[] ids, int n) {
        return Arrays.stream(ids, 0, Math.min(n, ids.length)).boxed().toList();
    }
}
