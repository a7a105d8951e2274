package org.offpiste.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.NewIdea;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineStore;
import org.offpiste.novelty.Embedder;
import org.offpiste.novelty.MiniLmEmbedder;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyService;
import org.offpiste.novelty.Vectors;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;

/**
 * The novelty meter: ideas embedded and measured a second through {@link NoveltyService} (the
 * SQLite file, nearest neighbours and figures included) against the same model called directly
 * through its ONNX runtime on the same texts in the same batches — the limit; then the board's
 * diversity and {@code nearest(text)} at 10,000 ideas, and the memory the meter keeps for 100,000.
 */
final class NoveltyBench {
    private static final int BATCH = 32;
    private final Report report;
    private final Path work;

    NoveltyBench(Report report, Path work) {
        this.report = report;
        this.work = work;
    }

    void run() throws Exception {
        report.section("Novelty meter (all-MiniLM-L6-v2 quantized, in-process)");
        Embedder embedder = MiniLmEmbedder.load().orElseThrow(() -> new IllegalStateException("no embedding model"));
        AllMiniLmL6V2QuantizedEmbeddingModel direct = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (int n : new int[] {1_000, 10_000}) {
            measure(n, embedder, direct);
        }
        memory(embedder);
    }

    private void measure(int n, Embedder embedder, AllMiniLmL6V2QuantizedEmbeddingModel direct) throws Exception {
        List<NewIdea> ideas = new IdeaGenerator(n).ideas(n);
        List<TextSegment> texts = new ArrayList<>(n);
        for (NewIdea i : ideas) {
            texts.add(TextSegment.from(Vectors.text(i.title(), i.body())));
        }
        double before = direct(direct, texts);
        Path file = work.resolve("novelty-" + n + ".offpiste");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Project project = new SqliteProjectFiles().create(file)) {
            project.ideas().addAll(ideas);
            NoveltyService meter = new NoveltyService(project.novelty(), new NoBaseline(), () -> Optional.of(embedder),
                    executor, Clock.systemUTC());
            long t1 = System.nanoTime();
            meter.changed();
            if (!meter.awaitMeasured(Duration.ofHours(1))) {
                throw new IllegalStateException("not measured");
            }
            double meterSeconds = (System.nanoTime() - t1) / 1e9;
            double after = direct(direct, texts);
            // The machine is shared: the model alone is timed before and after, and the mean is the limit.
            double directSeconds = (before + after) / 2;
            report.figure(String.format(Locale.ROOT, "embed %,d ideas, ONNX model directly", n),
                    String.format(Locale.ROOT, "%.1f s before, %.1f s after: %.0f ideas/s", before, after,
                            n / directSeconds));
            report.figure(String.format(Locale.ROOT, "embed + measure + store %,d, NoveltyService", n),
                    String.format(Locale.ROOT, "%.1f s, %.0f ideas/s, %.2f× the direct time (load %s)",
                            meterSeconds, n / meterSeconds, meterSeconds / directSeconds, Machine.load()));
            if (n >= 10_000) {
                queries(project, meter, ideas);
            }
            meter.close();
        } finally {
            executor.shutdownNow();
        }
    }

    /** Seconds to embed {@code texts} with the model alone, in batches as the meter makes them. */
    private static double direct(AllMiniLmL6V2QuantizedEmbeddingModel model, List<TextSegment> texts) {
        long t0 = System.nanoTime();
        for (int from = 0; from < texts.size(); from += BATCH) {
            model.embedAll(texts.subList(from, Math.min(texts.size(), from + BATCH)));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private void queries(Project project, NoveltyService meter, List<NewIdea> ideas) throws Exception {
        List<Long> all = new ArrayList<>();
        for (long id : project.ideas().queryIds(IdeaQuery.all())) {
            all.add(id);
        }
        Sampler diversity = Sampler.repeat(2, 10, () -> meter.diversity(all));
        report.figure(String.format(Locale.ROOT, "diversity(%,d ids)", all.size()), diversity.summary());
        report.note("board(): " + meter.board() + " (kept up to date by the pass, answered at once)");
        Random r = new Random(5);
        Sampler nearest = Sampler.repeat(2, 20, () -> {
            NewIdea i = ideas.get(r.nextInt(ideas.size()));
            return meter.nearest(i.title() + " " + i.body());
        });
        report.figure(String.format(Locale.ROOT, "nearest(text) among %,d (embeds the text)", all.size()),
                nearest.summary());
        List<Long> some = all.subList(0, 60);
        Sampler figures = Sampler.repeat(2, 50, () -> meter.novelty(some));
        report.figure("novelty(60 ids), from memory", figures.summary());
    }

    /**
     * The heap the meter keeps for a board of 100,000 ideas: their vectors and figures are written
     * to the file (random unit vectors: no need to embed for a memory figure), then a meter opens
     * them as it does at start.
     */
    private void memory(Embedder embedder) throws Exception {
        int n = 100_000;
        Path file = work.resolve("novelty-100k.offpiste");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Project project = new SqliteProjectFiles().create(file)) {
            List<Idea> ideas = project.ideas().addAll(new IdeaGenerator(7).ideas(n));
            Random r = new Random(9);
            List<Novelty> figures = new ArrayList<>();
            for (int from = 0; from < n; from += 5_000) {
                Map<Long, float[]> vectors = new HashMap<>();
                Map<Long, String> hashes = new HashMap<>();
                for (Idea i : ideas.subList(from, from + 5_000)) {
                    float[] v = new float[embedder.dimension()];
                    for (int k = 0; k < v.length; k++) {
                        v[k] = (float) r.nextGaussian();
                    }
                    vectors.put(i.id(), Vectors.unit(v));
                    hashes.put(i.id(), Vectors.textHash(i.title(), i.body()));
                    long other = ideas.get((int) ((i.id() + 1) % n)).id();
                    figures.add(new Novelty(i.id(), null, other, 0.1, null));
                }
                project.novelty().saveVectors(embedder.model(), vectors, hashes);
            }
            project.novelty().saveNovelty(figures);
            figures.clear();
            ideas = null;
            long before = heap();
            NoveltyService meter = new NoveltyService(project.novelty(), new NoBaseline(), () -> Optional.of(embedder),
                    executor, Clock.systemUTC());
            long t0 = System.nanoTime();
            meter.awaitMeasured(Duration.ofMinutes(30));
            double seconds = (System.nanoTime() - t0) / 1e9;
            long after = heap();
            report.figure("meter start on 100,000 stored vectors", String.format(Locale.ROOT, "%.1f s", seconds));
            report.figure("heap kept by the meter, 100,000 ideas", String.format(Locale.ROOT, "%.0f MiB",
                    (after - before) / 1024.0 / 1024.0));
            report.note("board(): " + meter.board());
            meter.close();
        } finally {
            executor.shutdownNow();
        }
    }

    private static long heap() throws InterruptedException {
        for (int k = 0; k < 3; k++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** No banal baseline: distances are not what is timed. */
    private static final class NoBaseline implements BaselineStore {
        @Override
        public Optional<Baseline> baseline(long briefVersionId) {
            return Optional.empty();
        }

        @Override
        public Optional<Baseline> latest() {
            return Optional.empty();
        }

        @Override
        public void save(Baseline baseline) {
        }
    }
}
