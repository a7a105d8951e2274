package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.NewIdea;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineStore;
import org.offpiste.novelty.Embedder;
import org.offpiste.novelty.NoveltyService;
import org.offpiste.project.Project;

/** A long measuring pass stops at close() after the batch in hand; the next meter carries on from what is stored. */
class NoveltyResumeTest {
    @TempDir
    Path dir;

    /** Vectors made from the text's letters: fast, deterministic, unit length. */
    private static final class LetterEmbedder implements Embedder {
        final AtomicInteger embedded = new AtomicInteger();
        final CountDownLatch firstBatch = new CountDownLatch(1);

        public String model() {
            return "letters";
        }

        public int dimension() {
            return 26;
        }

        public float[][] embed(List<String> texts) {
            float[][] out = new float[texts.size()][];
            for (int k = 0; k < out.length; k++) {
                float[] v = new float[26];
                for (char c : texts.get(k).toLowerCase().toCharArray()) {
                    if (c >= 'a' && c <= 'z') {
                        v[c - 'a']++;
                    }
                }
                out[k] = org.offpiste.novelty.Vectors.unit(v);
            }
            embedded.addAndGet(texts.size());
            firstBatch.countDown();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return out;
        }
    }

    private static final class NoBaseline implements BaselineStore {
        public Optional<Baseline> baseline(long id) {
            return Optional.empty();
        }

        public Optional<Baseline> latest() {
            return Optional.empty();
        }

        public void save(Baseline b) {
        }
    }

    private static int stored(Project p) {
        return Integer.parseInt(StoreTesting.scalar(p, "SELECT count(*) FROM idea_embedding"));
    }

    @Test
    void closingStopsAPassAndTheNextMeterResumes() throws Exception {
        Path file = dir.resolve("p.offpiste");
        List<NewIdea> ideas = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ideas.add(new NewIdea("Idea number " + Integer.toString(i, 26) + " about " + (i % 7 == 0 ? "snow" : "sun"),
                    "", List.of(), null, ""));
        }
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            LetterEmbedder first = new LetterEmbedder();
            try (Project p = StoreTesting.files(new StepClock()).create(file)) {
                p.ideas().addAll(ideas);
                NoveltyService meter = new NoveltyService(p.novelty(), new NoBaseline(), () -> Optional.of(first),
                        executor, Clock.systemUTC());
                meter.changed();
                assertThat(first.firstBatch.await(30, TimeUnit.SECONDS)).isTrue();
                long t0 = System.nanoTime();
                meter.close();
                assertThat((System.nanoTime() - t0) / 1e9).as("close returns within a batch").isLessThan(5);
                assertThat(stored(p)).isPositive().isLessThan(2000).isEqualTo(first.embedded.get());
            }
            LetterEmbedder second = new LetterEmbedder();
            try (Project p = StoreTesting.files(new StepClock()).open(file)) {
                int before = stored(p);
                NoveltyService meter = new NoveltyService(p.novelty(), new NoBaseline(), () -> Optional.of(second),
                        executor, Clock.systemUTC());
                assertThat(meter.awaitMeasured(Duration.ofSeconds(120))).isTrue();
                assertThat(second.embedded.get()).as("only what was not stored").isEqualTo(2000 - before);
                assertThat(stored(p)).isEqualTo(2000);
                assertThat(meter.board().count()).isEqualTo(2000);
                assertThat(StoreTesting.scalar(p, "SELECT count(*) FROM idea_novelty WHERE nearest_id IS NOT NULL"))
                        .isEqualTo("2000");
                meter.close();
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /** The first part of the NOVELTY order walks index idea_by_novelty: no sorting of a large board. */
    @Tag("file")
    @Test
    void noveltyOrderWalksItsIndex() {
        try (Project p = StoreTesting.files().create(dir.resolve("q.offpiste"))) {
            List<String> plan = StoreTesting.db(p).read(c -> {
                QuerySql q = QuerySql.filter(c, IdeaQuery.all().withSort(IdeaSort.NOVELTY), true);
                List<String> out = new ArrayList<>();
                try (PreparedStatement ps = q.prepare(c, "EXPLAIN QUERY PLAN " + q.selectMeasured("i.id"));
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString("detail"));
                    }
                }
                return out;
            });
            assertThat(plan).as(plan.toString()).noneMatch(d -> d.contains("TEMP B-TREE"))
                    .anyMatch(d -> d.contains("idea_by_novelty"));
        }
    }
}
