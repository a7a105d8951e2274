package org.offpiste.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.novelty.Embedder;
import org.offpiste.settings.AppDirs;

/** Loading the embedding model takes seconds: nothing but its own callers waits for it. */
class AppContextEmbedderTest {
    @TempDir
    Path home;
    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void theTechniquesAreThereAtOnceWhileTheEmbeddingModelLoads() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        AppContext context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"),
                home.resolve("projects")), Map.of(), null, () -> null, () -> {
                    loads.incrementAndGet();
                    loading.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Optional.<Embedder>empty();
                });

        Future<Optional<Embedder>> meter = threads.submit(context::embedder);
        assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
        Future<Optional<Embedder>> second = threads.submit(context::embedder);
        Future<TechniqueLibrary> window = threads.submit(context::techniques);

        assertThat(window.get(1, TimeUnit.SECONDS)).isNotNull();
        assertThat(meter.isDone()).as("the model is still loading").isFalse();
        release.countDown();
        assertThat(meter.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(second.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(loads.get()).as("loaded once").isEqualTo(1);
    }
}
