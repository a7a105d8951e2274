package org.offpiste.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.offpiste.capture.Capture;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.LlmFailure;
import org.offpiste.sparring.ExchangeListener;
import org.offpiste.sparring.Message;

/**
 * Prints each idea of an answer as it is captured ("+ #12 Title", or "= Title (duplicate of #7,
 * 0.86)"); the provider's waits go to standard error as for {@code ask}; the answer's text itself
 * is not printed (it is in the project).
 */
final class IdeaPrinter implements ExchangeListener {
    private final PrintWriter out;
    private final Messages messages;
    private final AnswerPrinter waits;
    private final AnswerEnd end = new AnswerEnd();
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final List<Long> addedIds = new ArrayList<>();

    IdeaPrinter(PrintWriter out, PrintWriter notes, Messages messages, int maxAttempts) {
        this.out = out;
        this.messages = messages;
        this.waits = new AnswerPrinter(out, notes, messages, maxAttempts);
    }

    @Override
    public void waiting(int attempt, Duration wait, LlmFailure cause) {
        waits.waiting(attempt, wait, cause);
    }

    @Override
    public void text(String delta) {
        // the ideas are printed as they are captured
    }

    @Override
    public synchronized void captured(Capture capture) {
        if (capture.onBoard()) {
            added.incrementAndGet();
            addedIds.add(capture.ideaId());
            out.println(messages.get("cli.ideate.added", String.valueOf(capture.ideaId()), capture.title()));
        } else {
            duplicates.incrementAndGet();
            String of = capture.duplicateOf() == null ? "?" : String.valueOf(capture.duplicateOf());
            out.println(capture.similarity() == null
                    ? messages.get("cli.ideate.duplicateExact", capture.title(), of)
                    : messages.get("cli.ideate.duplicate", capture.title(), of, capture.similarity()));
        }
        out.flush();
    }

    /** The ids of the ideas added to the board, in the order they were captured. */
    synchronized List<Long> addedIds() {
        return List.copyOf(addedIds);
    }

    @Override
    public void ended(Message stored, LlmFailure cause) {
        end.ended(stored, cause);
    }

    /** The end of the answer, to wait for. */
    AnswerEnd end() {
        return end;
    }

    int added() {
        return added.get();
    }

    int duplicates() {
        return duplicates.get();
    }
}
