package org.offpiste.llm;

import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads: a model call never keeps the program alive. */
final class DaemonThreads implements ThreadFactory {
    private final ThreadFactory base = Executors.defaultThreadFactory();
    private final AtomicInteger count = new AtomicInteger();
    private final String prefix;

    DaemonThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = base.newThread(task);
        thread.setName(prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
