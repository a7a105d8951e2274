package org.offpiste.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.NewIdea;
import org.offpiste.board.NewVersion;
import org.offpiste.board.VersionKind;
import org.offpiste.board.VersionStore;
import org.offpiste.project.Session;
import org.offpiste.ranking.CriteriaStore;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionSource;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.DuelService;

/**
 * The project file {@link JudgementBench} measures, built through the program's services and timed
 * as it is built: {@value #IDEAS} ideas (each with 2 or 3 versions; a Shortlist of {@value #SHORTLIST}),
 * {@value #CRITERIA} criteria rated by {@value #RATERS} raters on {@value #RATED} ideas, {@value #DUELS}
 * duels among {@value #DUELLED} ideas chosen as a workshop would; {@value #VOTERS} participants later vote
 * over {@value #CANDIDATES} candidates.
 */
final class JudgementProject {
    static final int IDEAS = 10_000;
    static final int CRITERIA = 3;
    static final int RATERS = 5;
    static final int RATED = 2_000;
    static final int VOTERS = 30;
    static final int CANDIDATES = 40;
    static final int DUELS = 1_000;
    static final int DUELLED = 200;
    static final int SHORTLIST = 20;
    private final Report report;

    JudgementProject(Report report) {
        this.report = report;
    }

    /** What the built project holds, for the measures. */
    record Built(List<Long> ids, List<Long> duelled, List<Long> candidates, List<Duel> duels) {
    }

    Built build(Session session) throws Exception {
        List<NewIdea> generated = new IdeaGenerator(42).ideas(IDEAS);
        List<NewIdea> ideas = new ArrayList<>();
        int every = IDEAS / SHORTLIST;
        for (int i = 0; i < generated.size(); i++) {
            NewIdea g = generated.get(i);
            IdeaStatus status = i % every == 0 ? IdeaStatus.SHORTLIST
                    : g.status() == IdeaStatus.SHORTLIST ? IdeaStatus.PARKED : g.status();
            ideas.add(new NewIdea(g.title(), g.body(), g.tags(), status, g.author()));
        }
        Sampler add = new Sampler();
        List<Idea> added = add.time(() -> session.board().addAll(ideas));
        List<Long> ids = added.stream().map(Idea::id).toList();
        report.figure("build: add ideas (BoardService.addAll)", add.summary());

        SplittableRandom random = new SplittableRandom(42);
        VersionStore versions = session.board().versions();
        Sampler versioning = new Sampler();
        int[] made = {0};
        versioning.time(() -> {
            for (Idea idea : added) {
                IdeaVersion parent = versions.head(idea.id()).orElseThrow();
                int more = 1 + random.nextInt(2);
                for (int v = 0; v < more; v++) {
                    boolean refined = v == 1 || random.nextInt(3) == 0;
                    parent = versions.add(idea.id(), new NewVersion(refined ? VersionKind.REFINED : VersionKind.EDITED,
                            idea.title() + (refined ? " (cheaper)" : " v" + (v + 2)),
                            idea.body() + " Revised " + (v + 1) + ".", idea.tags(), refined ? "llama3.2" : "bench",
                            refined, refined ? "make it cheaper" : "", parent.id(), null));
                    made[0]++;
                }
            }
            return null;
        });
        report.figure("build: " + made[0] + " more versions (VersionStore.add)", versioning.summary());

        CriteriaStore criteria = session.judgement().criteria().store();
        List<Criterion> added3 = List.of(criteria.add("Feasibility", CriterionSource.FEASIBILITY, 1.0),
                criteria.add("Originality", CriterionSource.ORIGINALITY, 1.0),
                criteria.add("Client fit", CriterionSource.OWN, 2.0));
        int step = IDEAS / RATED;
        Sampler rating = new Sampler();
        rating.time(() -> {
            for (int i = 0; i < IDEAS; i += step) {
                int base = 1 + random.nextInt(5);
                for (Criterion c : added3) {
                    for (int r = 0; r < RATERS; r++) {
                        int score = Math.max(1, Math.min(5, base + random.nextInt(3) - 1));
                        criteria.rate(ids.get(i), c.id(), "rater" + (r + 1), score);
                    }
                }
            }
            return null;
        });
        report.figure("build: " + RATED * CRITERIA * RATERS + " ratings (CriteriaStore.rate)", rating.summary());

        List<Long> duelled = new ArrayList<>();
        for (int i = 0; i < DUELLED; i++) {
            duelled.add(ids.get(i * (IDEAS / DUELLED)));
        }
        List<Duel> duels = duelsBuilt(session.judgement().duels(), duelled);

        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < SHORTLIST; i++) {
            candidates.add(ids.get(i * every));
        }
        for (int i = 0; candidates.size() < CANDIDATES; i++) {
            Long id = duelled.get(i);
            if (!candidates.contains(id)) {
                candidates.add(id);
            }
        }
        return new Built(ids, duelled, candidates, duels);
    }

    /**
     * Records {@value #DUELS} duels among the duelled ideas as a workshop would: each pair chosen by
     * {@link DuelService#next(List, List)} from the duels so far, won after hidden strengths (a tie in 10 %).
     */
    private List<Duel> duelsBuilt(DuelService service, List<Long> duelled) throws Exception {
        Random random = new Random(7);
        Map<Long, Double> hidden = new java.util.HashMap<>();
        duelled.forEach(id -> hidden.put(id, random.nextGaussian()));
        List<Duel> known = new ArrayList<>();
        Sampler next = new Sampler();
        Sampler record = new Sampler();
        for (int d = 0; d < DUELS; d++) {
            long[] pair = next.time(() -> service.next(duelled, known)).orElseThrow();
            double p = 1 / (1 + Math.exp(hidden.get(pair[1]) - hidden.get(pair[0])));
            double u = random.nextDouble();
            Duel.Result result = u < 0.1 ? Duel.Result.TIE : random.nextDouble() < p ? Duel.Result.LEFT : Duel.Result.RIGHT;
            DuelRecord r = record.time(() -> service.record(pair[0], pair[1], result, "bench"));
            known.add(r.duel());
        }
        report.figure("build: next pair while duelling 0..1000", next.summary());
        report.figure("build: record a duel (DuelService.record)", record.summary());
        return known;
    }
}
