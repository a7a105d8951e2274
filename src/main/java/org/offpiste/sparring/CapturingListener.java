package org.offpiste.sparring;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.capture.Capture;
import org.offpiste.llm.LlmFailure;
import org.offpiste.novelty.Baselines;

/**
 * The listener of an answer whose ideas are captured: passes everything on, and once a Diverge
 * answer is complete asks for the brief's banal baseline (once per brief version, in the background).
 */
final class CapturingListener implements ExchangeListener {
    private static final Logger LOG = Logger.getLogger(CapturingListener.class.getName());
    private final ExchangeListener listener;
    private final Mode mode;
    private final Baselines baselines;

    CapturingListener(ExchangeListener listener, Mode mode, Baselines baselines) {
        this.listener = listener;
        this.mode = mode;
        this.baselines = baselines;
    }

    @Override
    public void waiting(int attempt, Duration wait, LlmFailure cause) {
        listener.waiting(attempt, wait, cause);
    }

    @Override
    public void text(String delta) {
        listener.text(delta);
    }

    @Override
    public void captured(Capture capture) {
        listener.captured(capture);
    }

    @Override
    public void ended(Message answer, LlmFailure failure) {
        try {
            if (baselines != null && mode == Mode.DIVERGE && answer.status() == MessageStatus.COMPLETE) {
                baselines.ensure();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not ask for the banal baseline: {0}", e.getMessage());
        } finally {
            listener.ended(answer, failure);
        }
    }
}
