package org.offpiste.sparring;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.Ending;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.StreamEvents;
import org.offpiste.llm.StreamingCall;

/**
 * A language model played by a script, on its own thread as a real provider: each request takes
 * the next script (deltas with a gap between them, then an ending; or hold the line until
 * Stop; or ignore Stop altogether). Records every request.
 */
public final class ScriptedProvider implements ChatProvider {

    /** What one answer does. */
    public record Script(List<String> deltas, long gapMillis, Ending ending, FailureKind failure, boolean hold,
                         boolean deaf, int waits) {
        public Script gap(long millis) {
            return new Script(deltas, millis, ending, failure, hold, deaf, waits);
        }

        public Script thenFail(Ending how, FailureKind kind) {
            return new Script(deltas, gapMillis, how, kind, hold, deaf, waits);
        }

        /** After the deltas, nothing more until Stop. */
        public Script thenHold() {
            return new Script(deltas, gapMillis, ending, failure, true, deaf, waits);
        }

        /** After the deltas, nothing ever again, not even on Stop. */
        public Script thenDeaf() {
            return new Script(deltas, gapMillis, ending, failure, true, true, waits);
        }

        /** Reports this many 429 waits before the first delta. */
        public Script afterWaits(int count) {
            return new Script(deltas, gapMillis, ending, failure, hold, deaf, count);
        }
    }

    private final Deque<Script> scripts = new ArrayDeque<>();
    private final List<ModelRequest> requests = new ArrayList<>();
    private final List<StreamingCall> calls = new ArrayList<>();
    private RuntimeException refusal;

    public static Script answer(String... deltas) {
        return new Script(Arrays.asList(deltas), 0, Ending.COMPLETE, null, false, false, 0);
    }

    public synchronized ScriptedProvider then(Script script) {
        scripts.add(script);
        return this;
    }

    /** The next request throws this instead of streaming. */
    public synchronized ScriptedProvider refuseWith(RuntimeException e) {
        refusal = e;
        return this;
    }

    public synchronized List<ModelRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized ModelRequest lastRequest() {
        return requests.get(requests.size() - 1);
    }

    /** Stops every answer, as if the person had pressed Stop on each. */
    public synchronized void stopAll() {
        calls.forEach(StreamingCall::stop);
    }

    @Override
    public StreamingCall stream(ModelRequest request, StreamEvents events) {
        Script script;
        synchronized (this) {
            requests.add(request);
            if (refusal != null) {
                RuntimeException e = refusal;
                refusal = null;
                throw e;
            }
            script = scripts.isEmpty() ? answer("ok") : scripts.poll();
        }
        Call call = new Call();
        synchronized (this) {
            calls.add(call);
        }
        Thread t = new Thread(() -> call.run(script, request, events), "scripted-model");
        t.setDaemon(true);
        t.start();
        return call;
    }

    private static final class Call implements StreamingCall {
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile boolean done;

        void run(Script s, ModelRequest request, StreamEvents events) {
            StringBuilder text = new StringBuilder();
            try {
                for (int i = 0; i < s.waits(); i++) {
                    events.waiting(i + 2, Duration.ofMillis(10), failure(FailureKind.RATE_LIMITED, request));
                }
                for (String delta : s.deltas()) {
                    if (stopped.await(s.gapMillis(), TimeUnit.MILLISECONDS)) {
                        break;
                    }
                    events.text(delta);
                    text.append(delta);
                }
                if (s.hold() && stopped.getCount() > 0) {
                    stopped.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (s.deaf()) {
                return;
            }
            done = true;
            if (stopped.getCount() == 0) {
                events.ended(new Outcome(Ending.STOPPED, text.toString(), null));
            } else if (s.failure() == null) {
                events.ended(new Outcome(s.ending(), text.toString(), null));
            } else {
                events.ended(new Outcome(s.ending(), text.toString(), failure(s.failure(), request)));
            }
        }

        private static LlmFailure failure(FailureKind kind, ModelRequest request) {
            return new LlmFailure(kind, request.provider().kind(), request.provider().model(), "localhost", "");
        }

        @Override
        public void stop() {
            stopped.countDown();
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
