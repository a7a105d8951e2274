package org.offpiste.llm;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.testing.FixedSecrets;

/** A fake provider server and a provider with short timeouts, fresh for each test. */
abstract class ProviderTestBase {
    static final String KEY = "sk-" + "test-Secr3tKeyValue-0042";
    static final String MODEL = "fake-model";
    static final LlmTimeouts FAST = new LlmTimeouts(Duration.ofMillis(300), Duration.ofMillis(400),
            Duration.ofMillis(400), 3, Duration.ofMillis(30), Duration.ofMillis(1500));

    FakeProviderServer server;
    LangchainChatProvider provider;
    LlmTimeouts timeouts = FAST;

    private static final AtomicBoolean WARM = new AtomicBoolean();

    /**
     * One full call per wire format with generous timeouts before the timed tests, once per JVM:
     * a cold JVM can take longer than the short test timeouts just to load the HTTP and JSON classes.
     */
    @BeforeAll
    static void warmUp() throws InterruptedException {
        if (!WARM.compareAndSet(false, true)) {
            return;
        }
        LlmTimeouts patient = LlmTimeouts.defaults();
        try (FakeProviderServer warm = FakeProviderServer.start();
             LangchainChatProvider warmProvider = new LangchainChatProvider(FixedSecrets.all(KEY), () -> patient)) {
            for (WireFormat format : WireFormat.values()) {
                warm.enqueue(format.reply(List.of("warm")));
                RecordingEvents events = new RecordingEvents();
                warmProvider.stream(new ModelRequest(new ProviderSettings(format.kind(), warm.url(format.basePath()), MODEL, 0.5),
                        "", List.of(ChatTurn.user("warm up"))), events);
                events.awaitEnd(Duration.ofSeconds(20));
            }
        }
    }

    @BeforeEach
    void startServer() {
        server = FakeProviderServer.start();
        provider = new LangchainChatProvider(FixedSecrets.all(KEY), () -> timeouts);
    }

    @AfterEach
    void stopServer() {
        provider.close();
        server.close();
    }

    ProviderSettings settings(WireFormat format) {
        return new ProviderSettings(format.kind(), server.url(format.basePath()), MODEL, 0.5);
    }

    ModelRequest request(ProviderSettings settings) {
        return new ModelRequest(settings, "You are a sparring partner.", List.of(ChatTurn.user("Ideas for a bakery?")));
    }

    RecordingEvents ask(WireFormat format) {
        return ask(settings(format));
    }

    RecordingEvents ask(ProviderSettings settings) {
        RecordingEvents events = new RecordingEvents();
        provider.stream(request(settings), events);
        return events;
    }

    static List<String> tokens(String... tokens) {
        return List.of(tokens);
    }
}
