package org.offpiste.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.LlmFailure;
import org.offpiste.sparring.ExchangeListener;
import org.offpiste.sparring.Message;

/** Prints an answer to standard output as it arrives, then lets the command wait for its end. */
final class AnswerPrinter implements ExchangeListener {
    private final PrintWriter out;
    private final CountDownLatch end = new CountDownLatch(1);
    private volatile Message answer;
    private volatile LlmFailure failure;
    private boolean endsWithNewline = true;

    AnswerPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void waiting(int attempt, Duration wait, LlmFailure cause) {
        // The provider tries again by itself; the answer simply starts later.
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
        this.answer = stored;
        this.failure = cause;
        end.countDown();
    }

    Message awaitEnd() throws InterruptedException {
        end.await();
        return answer;
    }

    LlmFailure failure() {
        return failure;
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
