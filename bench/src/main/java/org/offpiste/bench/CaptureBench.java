package org.offpiste.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.offpiste.app.AppContext;
import org.offpiste.app.Logging;
import org.offpiste.capture.Capture;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.Ending;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.StreamEvents;
import org.offpiste.llm.StreamingCall;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;
import org.offpiste.sparring.ExchangeListener;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.Mode;
import org.offpiste.sparring.Turn;

/**
 * Time to add a streamed idea to the board: a Diverge answer of eight numbered ideas streamed
 * word by word ({@value #RATE} tokens/s) by an in-process model on its own thread, through the
 * real sparring service, capture service, extractor and project file of {@value #BOARD} ideas.
 * For each idea, from the token that completes it (the token after which the extractor first
 * reports it while the answer streams, or the end of the answer for the last one) to the moment
 * its row is on the board (the capture heard).
 */
final class CaptureBench {
    private static final int BOARD = 10_000;
    private static final int IDEAS = 8;
    private static final int RATE = 100;
    private static final int RUNS = 10;
    private final Report report;
    private final Path work;

    CaptureBench(Report report, Path work) {
        this.report = report;
        this.work = work;
    }

    void run() throws Exception {
        report.section("Capture: a streamed idea to the board (" + IDEAS + " ideas an answer, " + RATE
                + " tokens/s, a board of " + BOARD + " ideas, " + RUNS + " answers after one warm-up)");
        Path home = Files.createDirectories(work.resolve("home-capture"));
        Logging.configure(home.resolve("logs"));
        Model model = new Model();
        AppContext context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"),
                home.resolve("projects")), Map.of(), model);
        context.providerPreferences().choose(new ProviderSettings(ProviderKind.OLLAMA, "http://127.0.0.1:1",
                "llama3.2", 0.7));
        List<Double> latencies = new ArrayList<>();
        try (Session session = context.create(home.resolve("capture.offpiste"))) {
            session.board().addAll(new IdeaGenerator(42).ideas(BOARD));
            long conversation = session.sparring().newConversation("bench").id();
            for (int run = 0; run <= RUNS; run++) {
                model.round = run;
                Heard heard = new Heard();
                session.sparring().send(conversation, new Turn("", Mode.DIVERGE, null, List.of()), heard);
                if (!heard.end.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the answer never ended");
                }
                if (heard.captured.size() != IDEAS) {
                    throw new IllegalStateException("captured " + heard.captured.size() + " ideas, not " + IDEAS);
                }
                if (run > 0) {
                    for (int i = 0; i < IDEAS; i++) {
                        latencies.add((heard.captured.get(i) - model.completed[i]) / 1e6);
                    }
                }
            }
        }
        Stats s = Stats.ofMillis(latencies);
        report.figure("token to board", String.format(java.util.Locale.ROOT, "p50=%.1f ms p95=%.1f ms max=%.1f ms (n=%d)",
                s.median(), s.percentile(95), s.max(), s.count()));
    }

    /** Hears when each idea is captured. */
    private static final class Heard implements ExchangeListener {
        final Map<Integer, Long> captured = new ConcurrentHashMap<>();
        final CountDownLatch end = new CountDownLatch(1);

        @Override
        public void waiting(int attempt, Duration wait, LlmFailure cause) {
        }

        @Override
        public void text(String delta) {
        }

        @Override
        public void captured(Capture capture) {
            captured.put(capture.index(), System.nanoTime());
        }

        @Override
        public void ended(Message answer, LlmFailure failure) {
            end.countDown();
        }
    }

    /** Streams eight new ideas a round, word by word, noting when each idea's last token left. */
    private static final class Model implements ChatProvider {
        final long[] completed = new long[IDEAS];
        volatile int round;

        @Override
        public StreamingCall stream(ModelRequest request, StreamEvents events) {
            Thread t = new Thread(() -> answer(events, round), "bench-capture-model");
            t.setDaemon(true);
            t.start();
            return new StreamingCall() {
                @Override
                public void stop() {
                }

                @Override
                public boolean isDone() {
                    return !t.isAlive();
                }
            };
        }

        private void answer(StreamEvents events, int r) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < IDEAS; i++) {
                String item = (i + 1) + ". **Round " + r + " idea " + i + " lantern walk** — Visitors follow a"
                        + " lantern through the hall number " + i + " of round " + r + ", and each stop tells one"
                        + " strange fact about the bones that nobody knew.\n";
                tokens.addAll(List.of(item.split("(?<= )")));
            }
            int[] completing = completingTokens(tokens);
            StringBuilder all = new StringBuilder();
            long next = System.nanoTime();
            long every = TimeUnit.SECONDS.toNanos(1) / RATE;
            for (int t = 0; t < tokens.size(); t++) {
                next += every;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                long now = System.nanoTime();
                for (int i = 0; i < IDEAS; i++) {
                    if (completing[i] == t) {
                        completed[i] = now;
                    }
                }
                events.text(tokens.get(t));
                all.append(tokens.get(t));
            }
            long end = System.nanoTime();
            for (int i = 0; i < IDEAS; i++) {
                if (completing[i] < 0) {
                    completed[i] = end;
                }
            }
            events.ended(new Outcome(Ending.COMPLETE, all.toString(), null));
        }

        /**
         * For each idea, the token after which the extractor first reports it complete while the
         * answer streams (-1: only at the end): the token that completes it.
         */
        private static int[] completingTokens(List<String> tokens) {
            int[] out = new int[IDEAS];
            java.util.Arrays.fill(out, -1);
            org.offpiste.ideation.IdeaExtractor extractor = new org.offpiste.ideation.IdeaExtractor();
            StringBuilder text = new StringBuilder();
            for (int t = 0; t < tokens.size(); t++) {
                text.append(tokens.get(t));
                int known = extractor.extract(text.toString(), false).size();
                for (int i = 0; i < Math.min(known, IDEAS); i++) {
                    if (out[i] < 0) {
                        out[i] = t;
                    }
                }
            }
            return out;
        }
    }
}
