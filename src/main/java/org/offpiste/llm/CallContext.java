package org.offpiste.llm;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/** What a call borrows from its provider: the shared HTTP plumbing, threads and watchdog, and this call's timeouts. */
record CallContext(HttpPlumbing plumbing, ExecutorService workers, ScheduledExecutorService scheduler,
                   LlmTimeouts timeouts) {

    Redactor redactor(String key) {
        return Redactor.of(key);
    }
}
