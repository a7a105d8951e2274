package org.offpiste.teamboard;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteService;

/**
 * Participants of one client process, each on a connection of its own to the board, who cast their
 * ballots at one agreed moment (a start barrier shared by every process: a wall-clock instant).
 */
final class Voters implements AutoCloseable {
    private final Supplier<Project> connect;
    private final List<Project> connections = new ArrayList<>();
    private final List<Queued> queued = new ArrayList<>();

    private record Queued(int slot, long round, String participant, List<Long> dots) {
    }

    Voters(Supplier<Project> connect) {
        this.connect = connect;
    }

    /** Opens {@code k} more connections; returns how many there are. */
    int open(int k) {
        for (int i = 0; i < k; i++) {
            connections.add(connect.get());
        }
        return connections.size();
    }

    /** Keeps a ballot for {@link #go}, cast on connection {@code slot}. */
    int queue(int slot, long round, String participant, List<Long> dots) {
        if (slot < 0 || slot >= connections.size()) {
            throw new IllegalArgumentException("no connection " + slot);
        }
        queued.add(new Queued(slot, round, participant, List.copyOf(dots)));
        return queued.size();
    }

    /**
     * Casts every queued ballot at {@code startMillis} (epoch), each on its own thread, and prints
     * {@code cast <participant> <slot> ok|refused RULE|failed PROBLEM <ms>} for each, then
     * {@code done <n> <wall ms from the start to the last answer>}.
     */
    void go(long startMillis, PrintStream out) throws InterruptedException {
        List<Queued> batch = List.copyOf(queued);
        queued.clear();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, batch.size()));
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Queued q : batch) {
                answers.add(pool.submit(() -> cast(q, startMillis)));
            }
            for (Future<String> f : answers) {
                try {
                    out.println(f.get(120, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    out.println("cast ? ? failed " + e);
                }
            }
            out.println("done " + batch.size() + " " + (System.currentTimeMillis() - startMillis));
        } finally {
            pool.shutdownNow();
        }
    }

    private String cast(Queued q, long startMillis) throws InterruptedException {
        VoteService votes = new VoteService(connections.get(q.slot()).votes(), new Random(q.slot()));
        long wait = startMillis - System.currentTimeMillis();
        if (wait > 2) {
            Thread.sleep(wait - 2);
        }
        while (System.currentTimeMillis() < startMillis) {
            Thread.onSpinWait();
        }
        long t0 = System.nanoTime();
        String outcome;
        try {
            votes.cast(q.round(), q.participant(), q.dots());
            outcome = "ok";
        } catch (VoteRuleException e) {
            outcome = "refused " + e.rule();
        } catch (ProjectException e) {
            outcome = "failed " + e.problem();
        } catch (RuntimeException e) {
            outcome = "failed " + e.getClass().getSimpleName();
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        return "cast " + q.participant() + " " + q.slot() + " " + outcome + " " + ms;
    }

    @Override
    public void close() {
        for (Project p : connections) {
            try {
                p.close();
            } catch (RuntimeException e) {
                // The process ends anyway.
                assert e.getMessage() != null;
            }
        }
        connections.clear();
    }
}
