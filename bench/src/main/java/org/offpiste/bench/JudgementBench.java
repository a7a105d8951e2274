package org.offpiste.bench;

import static org.offpiste.bench.JudgementProject.IDEAS;
import static org.offpiste.bench.JudgementProject.CRITERIA;
import static org.offpiste.bench.JudgementProject.RATERS;
import static org.offpiste.bench.JudgementProject.RATED;
import static org.offpiste.bench.JudgementProject.VOTERS;
import static org.offpiste.bench.JudgementProject.CANDIDATES;
import static org.offpiste.bench.JudgementProject.DUELS;
import static org.offpiste.bench.JudgementProject.DUELLED;
import static org.offpiste.bench.JudgementProject.SHORTLIST;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.offpiste.app.AppContext;
import org.offpiste.app.Logging;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.VersionStore;
import org.offpiste.cli.Cli;
import org.offpiste.export.ExportFormat;
import org.offpiste.export.ExportSource;
import org.offpiste.export.IdeaFacts;
import org.offpiste.export.ProjectExporter;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Session;
import org.offpiste.ranking.BradleyTerry;
import org.offpiste.ranking.CriteriaStore;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.DuelService;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteService;
import org.offpiste.settings.AppDirs;

/**
 * Issue 5's judgement on a real project file (built by {@link JudgementProject}): weighted scores and the
 * SCORE order, the next duel pair and the Bradley–Terry fit, casting and counting votes, the JSON
 * export of the whole board against a plain JSON listing, the Shortlist's PDF, and an idea's history.
 * In one process, through the same services and command line as the program.
 */
final class JudgementBench {
    /** A frame at 60 Hz. */
    private static final double FRAME_MS = 1000.0 / 60;
    private final Report report;
    private final Path work;

    JudgementBench(Report report, Path work) {
        this.report = report;
        this.work = work;
    }

    void run() throws Exception {
        report.section("Judgement: criteria, votes, duels, exports (" + String.format(Locale.ROOT, "%,d", IDEAS)
                + " ideas with 2-3 versions; " + CRITERIA + " criteria x " + RATERS + " raters on "
                + String.format(Locale.ROOT, "%,d", RATED) + " ideas; a closed round of " + VOTERS + " ballots over "
                + CANDIDATES + " candidates; " + String.format(Locale.ROOT, "%,d", DUELS) + " duels among " + DUELLED
                + " ideas; a Shortlist of " + SHORTLIST + ")");
        report.figure("load average (1, 5, 15 min) at the start", loads());
        Path home = Files.createDirectories(work.resolve("home-judgement"));
        Logging.configure(home.resolve("logs"));
        AppContext context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"),
                home.resolve("projects")), Map.of());
        Path file = home.resolve("judgement.offpiste");
        JudgementProject.Built built;
        try (Session session = context.createForCommand(file)) {
            built = new JudgementProject(report).build(session);
        }
        report.figure("project file", String.format(Locale.ROOT, "%.1f MiB", Files.size(file) / 1048576.0));
        try (Session session = context.openForCommand(file)) {
            scores(session);
            duels(session, built);
            votes(session, built);
            history(session);
        }
        exports(context, file, home);
        report.figure("load average (1, 5, 15 min) at the end", loads());
    }

    /** The three load averages, as uptime prints them. */
    private static String loads() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void scores(Session session) throws Exception {
        CriteriaStore criteria = session.judgement().criteria().store();
        Sampler weighted = Sampler.repeat(3, 30, criteria::weightedScores);
        report.figure("CriteriaStore.weightedScores()", weighted.summary());
        report.note(criteria.weightedScores().size() + " ideas with a score");
        IdeaStore store = session.board().store();
        IdeaQuery byScore = IdeaQuery.all().withSort(IdeaSort.SCORE);
        IdeaQuery byUpdated = IdeaQuery.all().withSort(IdeaSort.UPDATED);
        Sampler scoreIds = Sampler.repeat(3, 30, () -> store.queryIds(byScore));
        Sampler updatedIds = Sampler.repeat(3, 30, () -> store.queryIds(byUpdated));
        Sampler scorePage = Sampler.repeat(3, 30, () -> {
            long[] all = store.queryIds(byScore);
            List<Long> first = new ArrayList<>();
            for (int i = 0; i < Math.min(60, all.length); i++) {
                first.add(all[i]);
            }
            return store.findAll(first);
        });
        Sampler scoreAll = Sampler.repeat(2, 10, () -> store.query(byScore));
        Sampler updatedAll = Sampler.repeat(2, 10, () -> store.query(byUpdated));
        report.figure("board ids sorted by SCORE (queryIds)", scoreIds.summary());
        report.figure("board ids sorted by UPDATED (same board)", updatedIds.summary());
        report.figure("  ratio SCORE / UPDATED (p50)", ratio(scoreIds, updatedIds));
        report.figure("board by SCORE + first 60 cards", scorePage.summary());
        report.figure("all 10,000 ideas by SCORE (query)", scoreAll.summary());
        report.figure("all 10,000 ideas by UPDATED (query)", updatedAll.summary());
        report.figure("  ratio SCORE / UPDATED (p50)", ratio(scoreAll, updatedAll));
    }

    private void duels(Session session, JudgementProject.Built built) throws Exception {
        DuelService service = session.judgement().duels();
        List<Long> ideas = built.duelled();
        List<Duel> known = built.duels();
        Sampler next = Sampler.repeat(50, 500, () -> service.next(ideas, known));
        Sampler nextReading = Sampler.repeat(5, 100, () -> service.next(ideas));
        report.figure("DuelService.next(200 ideas, 1000 duels known)", next.summary());
        report.figure("  p95 as a share of a 16.7 ms frame", String.format(Locale.ROOT, "%.3f x (target next pair <= 5 ms: %s)",
                next.wall().percentile(95) / FRAME_MS, next.wall().percentile(95) <= 5 ? "met" : "missed"));
        report.figure("DuelService.next(200 ideas), duels read from file", nextReading.summary());
        // The repeated call above starts each fit from the same answer (a warm start that is already
        // converged); a new service starts cold, and the duel view only chooses from a fit it has.
        Sampler nextCold = Sampler.repeat(5, 100, () -> new DuelService(session.project().duels(),
                java.util.random.RandomGenerator.getDefault()).next(ideas, known));
        List<org.offpiste.ranking.Strength> fitted = service.fit(ideas, known);
        Sampler choose = Sampler.repeat(50, 500, () -> service.next(ideas, known, fitted));
        report.figure("DuelService.next(200 ideas, 1000 known), new service (cold fit)", nextCold.summary());
        report.figure("DuelService.next(200 ideas, 1000 known, fit given): the duel view's FX work", choose.summary());
        List<Long> huge = new ArrayList<>(ideas);
        java.util.Set<Long> seen = new java.util.HashSet<>(ideas);
        for (long id = 1; huge.size() < 20_000; id++) {
            if (seen.add(id)) {
                huge.add(id);
            }
        }
        Sampler hugeFit = Sampler.repeat(1, 5, () -> BradleyTerry.withPrior().fit(huge, known));
        Sampler hugeNext = Sampler.repeat(1, 5, () -> new DuelService(session.project().duels(),
                java.util.random.RandomGenerator.getDefault()).next(huge, known));
        report.figure("20,000 ideas (200 duelled, 1000 duels): Bradley-Terry fit", hugeFit.summary());
        report.figure("20,000 ideas (200 duelled, 1000 duels): next pair, new service", hugeNext.summary());
        Sampler fitFresh = Sampler.repeat(3, 30, () -> new DuelService(session.project().duels(),
                java.util.random.RandomGenerator.getDefault()).strengths(ideas));
        Sampler fitCached = Sampler.repeat(3, 30, () -> service.strengths(ideas));
        List<Duel> duels = session.project().duels().duels().stream().map(DuelRecord::duel).toList();
        Sampler fitOnly = Sampler.repeat(3, 30, () -> BradleyTerry.withPrior().fit(ideas, duels));
        Sampler readDuels = Sampler.repeat(3, 30, () -> session.project().duels().duels());
        report.figure("DuelService.strengths(200 ideas), first call", fitFresh.summary());
        report.figure("  of which: read the 1000 duels (DuelStore.duels)", readDuels.summary());
        report.figure("  of which: Bradley-Terry fit alone", fitOnly.summary());
        report.figure("DuelService.strengths again (kept fit)", fitCached.summary());
    }

    private void votes(Session session, JudgementProject.Built built) throws Exception {
        VoteService votes = session.judgement().votes();
        VoteRound round = votes.open("Bench round", false, null, 3, built.candidates());
        SplittableRandom random = new SplittableRandom(11);
        Sampler cast = new Sampler();
        Sampler all = new Sampler();
        all.time(() -> {
            for (int v = 0; v < VOTERS; v++) {
                List<Long> order = votes.orderFor(round);
                List<Long> dots = new ArrayList<>();
                Map<Long, Integer> on = new java.util.HashMap<>();
                while (dots.size() < round.allowance()) {
                    long id = order.get(random.nextInt(Math.min(order.size(), 15)));
                    if (on.merge(id, 1, Integer::sum) <= round.maxPerIdea()) {
                        dots.add(id);
                    } else {
                        on.merge(id, -1, Integer::sum);
                    }
                }
                String voter = "participant " + (v + 1);
                cast.time(() -> {
                    votes.cast(round.id(), voter, dots);
                    return null;
                });
            }
            return null;
        });
        report.figure("VoteService.cast, one ballot of " + round.allowance() + " dots", cast.summary());
        report.figure("VoteService.cast, all " + VOTERS + " ballots", all.summary());
        Sampler close = new Sampler();
        close.time(() -> {
            votes.close(round.id());
            return null;
        });
        report.figure("VoteService.close", close.summary());
        Sampler results = Sampler.repeat(3, 30, () -> votes.results(round.id()));
        report.figure("VoteService.results (40 candidates)", results.summary());
    }

    private void history(Session session) throws Exception {
        VersionStore versions = session.board().versions();
        long[] ids = session.board().store().queryIds(IdeaQuery.all());
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            versions.history(ids[random.nextInt(ids.length)]);
        }
        Sampler history = new Sampler();
        int total = 0;
        for (int i = 0; i < 300; i++) {
            long id = ids[random.nextInt(ids.length)];
            total += history.time(() -> versions.history(id)).size();
        }
        report.figure("VersionStore.history(one idea), 300 ideas", history.summary());
        report.note(String.format(Locale.ROOT, "%.1f versions an idea on average", total / 300.0));
    }

    private void exports(AppContext context, Path file, Path home) throws Exception {
        Cli cli = new Cli(context, null);
        Path json = home.resolve("export.json");
        Path pdf = home.resolve("shortlist.pdf");
        Counting listed = new Counting();
        String f = file.toString();
        Sampler export = Sampler.repeat(1, 5, () -> command(cli, "export", f, "--format", "json", "--output", json.toString()));
        Sampler listing = Sampler.repeat(1, 5, () -> {
            listed.count = 0;
            return command(cli, listed, "ideas", f, "--format", "json");
        });
        Sampler pdfCommand = Sampler.repeat(1, 5, () -> command(cli, "export", f, "--format", "pdf", "--output", pdf.toString()));
        report.figure("offpiste export --format json (in-process)", export.summary());
        report.note(String.format(Locale.ROOT, "output %.1f MiB for %,d ideas", Files.size(json) / 1048576.0, IDEAS));
        report.figure("offpiste ideas --format json (same board)", listing.summary());
        report.note(String.format(Locale.ROOT, "output %.1f MiB", listed.count / 1048576.0));
        report.figure("  ratio export / listing (p50)", ratio(export, listing));
        report.figure("offpiste export --format pdf (Shortlist of 20)", pdfCommand.summary());
        report.note(String.format(Locale.ROOT, "output %,d bytes", Files.size(pdf)));

        ProjectExporter exporter = new ProjectExporter(new Messages(Locale.ENGLISH));
        ProjectExporter.Facts none = (s, ideas) -> id -> IdeaFacts.none();
        try (Session session = context.openForCommand(file)) {
            Sampler read = new Sampler();
            Sampler write = new Sampler();
            Sampler readShort = new Sampler();
            Sampler writePdf = new Sampler();
            for (int i = 0; i <= 5; i++) {
                boolean keep = i > 0;
                ExportSource source = (keep ? read : new Sampler()).time(() -> exporter.read(session, false, none));
                (keep ? write : new Sampler()).time(() -> {
                    exporter.write(ExportFormat.JSON, source, OutputStream.nullOutputStream());
                    return null;
                });
                ExportSource shortlist = (keep ? readShort : new Sampler()).time(() -> exporter.read(session, true, none));
                (keep ? writePdf : new Sampler()).time(() -> {
                    exporter.write(ExportFormat.PDF, shortlist, OutputStream.nullOutputStream());
                    return null;
                });
            }
            report.figure("  JSON: ProjectExporter.read (whole board)", read.summary());
            report.figure("  JSON: ProjectJsonWriter.write", write.summary());
            report.figure("  PDF: ProjectExporter.read (Shortlist)", readShort.summary());
            report.figure("  PDF: ShortlistPdfWriter.write", writePdf.summary());
            report.note("the breakdown reads without the novelty and origin facts the command adds");
        }
    }

    private static int command(Cli cli, String... args) {
        return command(cli, OutputStream.nullOutputStream(), args);
    }

    private static int command(Cli cli, OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli.run(args, new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("offpiste " + String.join(" ", args) + " ended with " + code + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return code;
    }

    private static String ratio(Sampler a, Sampler b) {
        return String.format(Locale.ROOT, "%.2f x (wall), %.2f x (cpu)", a.wall().median() / b.wall().median(),
                a.cpu().median() / b.cpu().median());
    }

    /** Counts the bytes written to it. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
