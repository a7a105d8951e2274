package org.offpiste.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.offpiste.capture.Ideation;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyMeter;

/**
 * After an {@code ideate} round: asks for the brief version's banal baseline if it has none (once,
 * saying so on standard error), measures, and prints each new idea's novelty and the round's
 * diversity. A baseline that cannot be had is said in one line; the round itself stays a success.
 */
final class RoundFigures {
    private static final Duration BASELINE_WAIT = Duration.ofMinutes(3);
    private final CliEnv env;
    private final Ideation ideation;

    RoundFigures(CliEnv env, Ideation ideation) {
        this.env = env;
        this.ideation = ideation;
    }

    void print(List<Long> ids) throws InterruptedException {
        NoveltyMeter meter = ideation.novelty();
        if (!meter.available()) {
            return;
        }
        baseline();
        meter.changed();
        if (!meter.awaitMeasured(IdeaFigures.MEASURE_WAIT) || !meter.available()) {
            return;
        }
        Map<Long, Novelty> figures = meter.novelty(ids);
        PrintWriter out = env.text();
        var m = env.messages();
        for (long id : ids) {
            Novelty n = figures.get(id);
            if (n == null) {
                continue;
            }
            String distance = n.baselineDistance() == null ? m.get("cli.ideate.noBaseline")
                    : m.get("cli.ideate.distance", n.baselineDistance());
            String nearest = n.nearestId() == null ? "" : n.duplicateOf() != null
                    ? m.get("cli.ideate.nearDuplicate", String.valueOf(n.duplicateOf()), n.nearestSimilarity())
                    : m.get("cli.ideate.nearest", String.valueOf(n.nearestId()), n.nearestSimilarity());
            out.println(m.get("cli.ideate.figure", String.valueOf(id), distance, nearest).stripTrailing());
        }
        Diversity d = meter.diversity(ids);
        if (d.count() > 1) {
            out.println(m.get("cli.ideate.round", d.count(), d.meanSimilarity(), d.vendi()));
        }
        out.flush();
    }

    private void baseline() throws InterruptedException {
        BaselineState before = ideation.baselines().state();
        if (before.status() == BaselineState.Status.READY) {
            return;
        }
        ideation.baselines().ensure();
        BaselineState asking = ideation.baselines().state();
        if (asking.status() == BaselineState.Status.RUNNING || asking.status() == BaselineState.Status.MISSING) {
            env.notes().println(env.messages().get("cli.ideate.baseline"));
        }
        ideation.baselines().awaitIdle(BASELINE_WAIT);
        BaselineState after = ideation.baselines().state();
        if (after.status() == BaselineState.Status.FAILED) {
            env.notes().println(env.messages().get("cli.ideate.baselineFailed", after.failure()
                    .map(f -> AnswerPrinter.describe(env.messages(), f)).orElse("")));
        }
    }
}
