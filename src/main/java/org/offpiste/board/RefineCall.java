package org.offpiste.board;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.llm.Ending;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.StreamEvents;
import org.offpiste.llm.StreamingCall;

/** One refinement's answer: passes the text on, and at a complete end writes the refined idea. */
final class RefineCall implements StreamEvents, Refinement {
    private static final Logger LOG = Logger.getLogger(RefineCall.class.getName());
    private final IdeaRefiner refiner;
    private final Idea base;
    private final String madeBy;
    private final String instruction;
    private final RefineListener listener;
    private final Object lock = new Object();
    private StreamingCall call;
    private boolean stopAsked;

    RefineCall(IdeaRefiner refiner, Idea base, String madeBy, String instruction, RefineListener listener) {
        this.refiner = refiner;
        this.base = base;
        this.madeBy = madeBy;
        this.instruction = instruction;
        this.listener = listener;
    }

    void started(StreamingCall streaming) {
        boolean stopNow;
        synchronized (lock) {
            call = streaming;
            stopNow = stopAsked;
        }
        if (stopNow) {
            streaming.stop();
        }
    }

    @Override
    public void stop() {
        StreamingCall current;
        synchronized (lock) {
            stopAsked = true;
            current = call;
        }
        if (current != null) {
            current.stop();
        }
    }

    @Override
    public void waiting(int attempt, Duration wait, LlmFailure cause) {
        // the provider retries a 429/5xx by itself; the person sees the progress go on
    }

    @Override
    public void text(String delta) {
        listener.text(delta);
    }

    @Override
    public void ended(Outcome outcome) {
        refiner.ended(this);
        listener.ended(result(outcome));
    }

    private RefineResult result(Outcome outcome) {
        if (outcome.ending() == Ending.STOPPED || refiner.closed()) {
            return RefineResult.of(RefineResult.Kind.STOPPED, madeBy, instruction);
        }
        if (outcome.ending() != Ending.COMPLETE) {
            return new RefineResult(RefineResult.Kind.FAILED, null, outcome.failure(), madeBy, instruction);
        }
        Optional<ExtractedIdea> read = refiner.answers().read(outcome.text());
        if (read.isEmpty()) {
            return RefineResult.of(RefineResult.Kind.UNREADABLE, madeBy, instruction);
        }
        try {
            EditResult refined = refiner.apply().refine(base, read.get().title(), read.get().body(), madeBy, instruction);
            if (refined.conflicted()) {
                return RefineResult.of(RefineResult.Kind.CONFLICT, madeBy, instruction);
            }
            return new RefineResult(RefineResult.Kind.REFINED, refined.idea(), null, madeBy, instruction);
        } catch (IllegalArgumentException e) {
            return RefineResult.of(RefineResult.Kind.GONE, madeBy, instruction);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The refined idea could not be written", e);
            return RefineResult.of(RefineResult.Kind.NOT_SAVED, madeBy, instruction);
        }
    }
}
