package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.NewIdea;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineItem;
import org.offpiste.novelty.BaselineStore;
import org.offpiste.novelty.Embedder;
import org.offpiste.novelty.MiniLmEmbedder;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyService;
import org.offpiste.project.Project;

/** The novelty meter on a real project file with the real embedding model. */
class NoveltyServiceTest {
    private static Embedder model;
    @TempDir
    Path dir;
    private Path file;
    private Project project;
    private ExecutorService executor;
    private NoveltyService meter;
    private final MemoryBaselines baselines = new MemoryBaselines();

    @BeforeAll
    static void loadModel() {
        model = MiniLmEmbedder.load().orElseThrow();
    }

    @BeforeEach
    void open() {
        file = dir.resolve("p.offpiste");
        project = StoreTesting.files(new StepClock()).create(file);
        executor = Executors.newSingleThreadExecutor();
        meter = meter(project);
    }

    private NoveltyService meter(Project p) {
        return new NoveltyService(p.novelty(), baselines, () -> Optional.of(model), executor, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        meter.close();
        executor.shutdownNow();
        project.close();
    }

    private Idea add(String title, String body) {
        return project.ideas().add(new NewIdea(title, body, List.of(), null, ""));
    }

    private Map<Long, Novelty> measure(Long... ids) throws InterruptedException {
        assertThat(meter.awaitMeasured(Duration.ofSeconds(60))).isTrue();
        return meter.novelty(List.of(ids));
    }

    @Test
    void aNearParaphraseIsADuplicateOfTheOlderIdeaAndAnUnrelatedOneIsNot() throws InterruptedException {
        Idea older = add("Solar-heated bus shelters", "Bus stops warmed in winter by solar panels on their roofs");
        Idea paraphrase = add("Bus shelters heated by solar power", "Solar panels on the roof keep bus stops warm in winter");
        Idea unrelated = add("A lending library of power tools", "Neighbours borrow drills and saws instead of buying them");
        Map<Long, Novelty> f = measure(older.id(), paraphrase.id(), unrelated.id());
        assertThat(f.get(paraphrase.id()).nearestId()).isEqualTo(older.id());
        assertThat(f.get(paraphrase.id()).nearestSimilarity()).isGreaterThanOrEqualTo(meter.duplicateThreshold());
        assertThat(f.get(paraphrase.id()).duplicateOf()).isEqualTo(older.id());
        assertThat(f.get(older.id()).nearestId()).isEqualTo(paraphrase.id());
        assertThat(f.get(older.id()).duplicateOf()).as("the older idea is the original").isNull();
        assertThat(f.get(unrelated.id()).duplicateOf()).isNull();
        assertThat(f.get(unrelated.id()).nearestSimilarity()).isLessThan(0.5);
        assertThat(meter.available()).isTrue();
        assertThat(meter.board().count()).isEqualTo(3);
        assertThat(meter.board().vendi()).isBetween(1.5, 3.0);
    }

    @Test
    void editingAnIdeaReEmbedsItAndItsFiguresFollow() throws InterruptedException {
        Idea a = add("Solar-heated bus shelters", "Bus stops warmed in winter by solar panels");
        Idea b = add("Rooftop beehives on schools", "Pupils look after bees and sell the honey");
        Idea c = add("Honey from school roofs", "Children keep beehives on the school roof and sell honey");
        measure(a.id());
        String before = StoreTesting.scalar(project, "SELECT text_hash FROM idea_embedding WHERE idea_id = " + a.id());
        assertThat(meter.novelty(List.of(a.id())).get(a.id()).duplicateOf()).isNull();
        project.ideas().update(a.withContent("School roof beehives for honey", "Children keep bees on the roof of the school",
                a.tags(), a.status()));
        meter.changed();
        Map<Long, Novelty> f = measure(a.id(), b.id(), c.id());
        String after = StoreTesting.scalar(project, "SELECT text_hash FROM idea_embedding WHERE idea_id = " + a.id());
        assertThat(after).isNotEqualTo(before);
        assertThat(f.get(a.id()).nearestSimilarity()).isGreaterThan(0.7);
        assertThat(f.get(a.id()).nearestId()).isIn(b.id(), c.id());
    }

    @Test
    void deletingTheNearestIdeaGivesItsNeighbourAnother() throws InterruptedException {
        Idea a = add("Solar-heated bus shelters", "Bus stops warmed in winter by solar panels");
        Idea b = add("Bus shelters heated by solar power", "Solar panels keep bus stops warm in winter");
        Idea c = add("Heated tram stops", "Tram stops with warm benches in winter");
        measure(a.id());
        assertThat(meter.novelty(List.of(b.id())).get(b.id()).nearestId()).isEqualTo(a.id());
        project.ideas().delete(a.id());
        Map<Long, Novelty> f = measure(b.id(), c.id());
        assertThat(f.get(b.id()).nearestId()).isEqualTo(c.id());
        assertThat(meter.novelty(List.of(a.id()))).isEmpty();
        assertThat(meter.board().count()).isEqualTo(2);
    }

    @Test
    void figuresSurviveReopeningTheFileWithoutEmbeddingAgain() throws InterruptedException {
        Idea a = add("Solar-heated bus shelters", "Bus stops warmed in winter by solar panels");
        Idea b = add("A lending library of power tools", "Neighbours borrow drills");
        Map<Long, Novelty> first = measure(a.id(), b.id());
        meter.close();
        project.close();
        project = StoreTesting.files(new StepClock()).open(file);
        AtomicInteger embedded = new AtomicInteger();
        Embedder counting = new Embedder() {
            public String model() {
                return model.model();
            }

            public int dimension() {
                return model.dimension();
            }

            public float[][] embed(List<String> texts) {
                embedded.addAndGet(texts.size());
                return model.embed(texts);
            }
        };
        assertThat(project.novelty().novelty(List.of(a.id(), b.id()))).isEqualTo(first);
        meter = new NoveltyService(project.novelty(), baselines, () -> Optional.of(counting), executor, Clock.systemUTC());
        Map<Long, Novelty> again = measure(a.id(), b.id());
        assertThat(embedded.get()).isZero();
        assertThat(again.get(a.id()).nearestId()).isEqualTo(b.id());
        assertThat(again.get(a.id()).nearestSimilarity()).isEqualTo(first.get(a.id()).nearestSimilarity());
    }

    @Test
    void anIdeaParaphrasingTheBaselineIsCloserToItAndNoveltySortPutsItLast() throws InterruptedException {
        Idea banal = add("Discount codes for loyal customers", "Give regular buyers a discount code by email");
        Idea odd = add("A choir that sings the shop's opening hours", "Staff perform the timetable at the door");
        measure(banal.id());
        assertThat(meter.novelty(List.of(banal.id())).get(banal.id()).baselineDistance()).isNull();
        float[][] v = model.embed(List.of("Loyalty discounts\nEmail a discount code to returning customers",
                "Free delivery\nShip orders for free above a minimum amount"));
        baselines.latest = new Baseline(1, "ollama", "m", "p", "a", Instant.parse("2026-11-29T01:00:00Z"), List.of(
                new BaselineItem(0, "Loyalty discounts", "", model.model(), v[0]),
                new BaselineItem(1, "Free delivery", "", model.model(), v[1]),
                new BaselineItem(2, "Other model", "", "another-model", new float[] {1, 0})));
        meter.changed();
        Idea unmeasured = add("Not measured yet", "");
        Map<Long, Novelty> f = measure(banal.id(), odd.id());
        assertThat(f.get(banal.id()).baselineDistance()).isLessThan(0.4);
        assertThat(f.get(odd.id()).baselineDistance()).isGreaterThan(f.get(banal.id()).baselineDistance() + 0.3);
                StoreTesting.db(project).write(c -> c.createStatement().executeUpdate(
                "DELETE FROM idea_novelty WHERE idea_id = " + unmeasured.id()));
        Idea newest = add("Newest, not measured", "");
        long[] order = project.ideas().queryIds(IdeaQuery.all().withSort(IdeaSort.NOVELTY));
        assertThat(order).containsExactly(odd.id(), banal.id(), newest.id(), unmeasured.id());
    }

    @Test
    void nearestFindsTheMostSimilarLiveIdea() throws InterruptedException {
        add("A lending library of power tools", "Neighbours borrow drills and saws");
        Idea bees = add("Rooftop beehives on schools", "Pupils look after bees and sell the honey");
        measure(bees.id());
        var similar = meter.nearest("Children keeping bees on the roof of their school").orElseThrow();
        assertThat(similar.ideaId()).isEqualTo(bees.id());
        assertThat(similar.similarity()).isGreaterThan(0.6);
    }

    @Test
    void diversityOfASetAndOfTheBoard() throws InterruptedException {
        Idea a = add("Solar-heated bus shelters", "Bus stops warmed in winter by solar panels");
        Idea b = add("Bus shelters heated by solar power", "Solar panels keep bus stops warm in winter");
        Idea c = add("A lending library of power tools", "Neighbours borrow drills and saws");
        measure(a.id());
        var twins = meter.diversity(List.of(a.id(), b.id()));
        var mixed = meter.diversity(List.of(a.id(), c.id()));
        assertThat(twins.count()).isEqualTo(2);
        assertThat(twins.meanSimilarity()).isGreaterThan(mixed.meanSimilarity());
        assertThat(twins.vendi()).isLessThan(mixed.vendi());
        var all = meter.diversity(List.of(a.id(), b.id(), c.id()));
        assertThat(meter.board().vendi()).isCloseTo(all.vendi(), org.assertj.core.api.Assertions.within(1e-3));
        assertThat(meter.board().meanSimilarity()).isCloseTo(all.meanSimilarity(),
                org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void listenersHearOnceAPassChangedSomething() throws InterruptedException {
        AtomicInteger heard = new AtomicInteger();
        meter.addListener(heard::incrementAndGet);
        add("Solar-heated bus shelters", "");
        measure();
        int after = heard.get();
        assertThat(after).isPositive();
        measure();
        assertThat(heard.get()).as("nothing new: nobody is told").isEqualTo(after);
    }

    @Test
    void withoutTheModelNothingIsMeasuredAndNothingThrows() throws InterruptedException {
        Idea a = add("Solar-heated bus shelters", "");
        meter.close();
        meter = new NoveltyService(project.novelty(), baselines, () -> {
            throw new ExceptionInInitializerError("no tokenizer here");
        }, executor, Clock.systemUTC());
        assertThat(meter.awaitMeasured(Duration.ofSeconds(10))).isTrue();
        assertThat(meter.available()).isFalse();
        assertThat(meter.novelty(List.of(a.id()))).isEmpty();
        assertThat(meter.board()).isEqualTo(org.offpiste.novelty.Diversity.empty());
        assertThat(meter.nearest("bus shelters")).isEmpty();
        assertThat(meter.diversity(List.of(a.id())).count()).isZero();
    }

    /** A baseline store that holds one baseline in memory. */
    private static final class MemoryBaselines implements BaselineStore {
        volatile Baseline latest;

        @Override
        public Optional<Baseline> baseline(long briefVersionId) {
            return latest();
        }

        @Override
        public Optional<Baseline> latest() {
            return Optional.ofNullable(latest);
        }

        @Override
        public void save(Baseline baseline) {
            latest = baseline;
        }
    }

}
