package org.offpiste.capture;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.ideation.ExtractedIdea;

/**
 * Follows one Diverge or Build on answer: runs the extractor when the text grew by a line break
 * (at most every {@link #EVERY_MILLIS} until the end) and records each newly complete item once.
 */
final class AnswerFollower implements AnswerCapture {
    static final long EVERY_MILLIS = 100;
    private static final Logger LOG = Logger.getLogger(AnswerFollower.class.getName());
    private final CaptureService service;
    private final AnswerContext context;
    private final Consumer<Capture> captured;
    private final BiFunction<String, Boolean, List<ExtractedIdea>> extractor;
    private final Clock clock;
    private final Set<Integer> known = new HashSet<>();
    private int seenLength;
    private boolean lineBreak;
    private long lastRun = Long.MIN_VALUE / 2;
    private boolean over;

    AnswerFollower(CaptureService service, AnswerContext context, Consumer<Capture> captured,
                   BiFunction<String, Boolean, List<ExtractedIdea>> extractor, Clock clock) {
        this.service = service;
        this.context = context;
        this.captured = captured;
        this.extractor = extractor;
        this.clock = clock;
        service.of(context.messageId()).forEach(c -> known.add(c.index()));
    }

    /**
     * Reads the text again when a line break arrived, or a new line started, since the last look
     * (an item is known complete when the next one starts); a read put off by the pace happens at
     * the next call.
     */
    @Override
    public void grew(String textSoFar) {
        if (over || textSoFar == null || textSoFar.length() <= seenLength) {
            return;
        }
        if (textSoFar.lastIndexOf('\n') >= seenLength - 1) {
            lineBreak = true;
        }
        seenLength = textSoFar.length();
        long now = clock.millis();
        if (!lineBreak || now - lastRun < EVERY_MILLIS) {
            return;
        }
        lineBreak = false;
        lastRun = now;
        capture(extractor.apply(textSoFar, false));
    }

    @Override
    public void ended(String finalText, boolean complete) {
        if (over) {
            return;
        }
        over = true;
        capture(extractor.apply(finalText == null ? "" : finalText, true));
    }

    private void capture(List<ExtractedIdea> items) {
        for (ExtractedIdea item : items) {
            if (known.contains(item.index()) || item.title().isBlank()) {
                continue;
            }
            try {
                Capture c = service.capture(context, item);
                known.add(item.index());
                service.tell(c, captured);
            } catch (RuntimeException e) {
                // a write that failed (full disk) is tried again at the next run
                LOG.log(Level.WARNING, "Could not capture an idea of the answer: {0}", e.getMessage());
            }
        }
    }
}
