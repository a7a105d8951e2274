package org.offpiste.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.LlmFailure;
import org.offpiste.sparring.Message;

/**
 * The end of one exchange, for a command that waits for it ({@code ask}, {@code ideate}): the
 * stored answer and the failure that ended it, if any.
 */
final class AnswerEnd {
    private final CountDownLatch end = new CountDownLatch(1);
    private volatile Message answer;
    private volatile LlmFailure failure;

    void ended(Message stored, LlmFailure cause) {
        this.answer = stored;
        this.failure = cause;
        end.countDown();
    }

    Message await() throws InterruptedException {
        end.await();
        return answer;
    }

    LlmFailure failure() {
        return failure;
    }

    /** A project that could not keep the answer is a project error, whatever the model did. */
    void throwIfNotSaved(Messages messages, Path file) {
        if (failure != null && failure.kind().notSaved()) {
            throw new CliFailure(ExitCode.PROJECT, "cli.ask.notSaved", AnswerPrinter.describe(messages, failure), file);
        }
    }

    /** Why the answer did not complete, in words: the failure, else "cut off". */
    String cause(Messages messages) {
        return failure == null ? messages.get("cli.ask.cutOff") : AnswerPrinter.describe(messages, failure);
    }
}
