package org.offpiste.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.sparring.ExchangeListener;
import org.offpiste.sparring.Message;

/**
 * Prints an answer to standard output as it arrives, then lets the command wait for its end; each
 * wait of the provider before it tries again is one line on standard error (stdout is the answer).
 */
final class AnswerPrinter implements ExchangeListener {
    private final PrintWriter out;
    private final PrintWriter notes;
    private final Messages messages;
    private final int maxAttempts;
    private final AnswerEnd end = new AnswerEnd();
    private boolean endsWithNewline = true;

    AnswerPrinter(PrintWriter out, PrintWriter notes, Messages messages, int maxAttempts) {
        this.out = out;
        this.notes = notes;
        this.messages = messages;
        this.maxAttempts = maxAttempts;
    }

    /** "Rate limited by OpenAI — trying again in 8 s (attempt 2 of 4)…" on standard error. */
    @Override
    public void waiting(int attempt, Duration wait, LlmFailure cause) {
        String provider = cause == null || cause.provider() == null ? "" : cause.provider().brand();
        String why = cause != null && cause.kind() == FailureKind.RATE_LIMITED ? "cli.ask.waitingRateLimited"
                : "cli.ask.waitingServer";
        notes.println(messages.get(why, provider, Math.max(1, (wait.toMillis() + 999) / 1000), attempt,
                Math.max(attempt, maxAttempts)));
        notes.flush();
    }

    @Override
    public synchronized void text(String delta) {
        out.print(delta);
        out.flush();
        endsWithNewline = delta.endsWith("\n");
    }

    @Override
    public void ended(Message stored, LlmFailure cause) {
        synchronized (this) {
            if (!endsWithNewline) {
                out.println();
                out.flush();
            }
        }
        end.ended(stored, cause);
    }

    /** The end of the answer, to wait for. */
    AnswerEnd end() {
        return end;
    }

    /** The failure in words: the llm bundle's sentence when there is one, else its kind and details. */
    static String describe(Messages messages, LlmFailure failure) {
        if (messages.has(failure.messageKey())) {
            return messages.describe(failure);
        }
        Object[] a = failure.messageArguments();
        return messages.get("cli.ask.failure", failure.kind().name(), a[0], a[1], a[2], a[3]);
    }
}
