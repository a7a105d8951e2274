package org.offpiste.app;

import java.util.concurrent.Executor;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.Ending;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.StreamEvents;
import org.offpiste.llm.StreamingCall;

/**
 * Stands in for the real providers until they land: every request fails at once, clearly, as
 * OTHER. // replaced when llmcore lands (by LangchainChatProvider)
 */
final class UnavailableChatProvider implements ChatProvider {
    private final Executor executor;

    UnavailableChatProvider(Executor executor) {
        this.executor = executor;
    }

    @Override
    public StreamingCall stream(ModelRequest request, StreamEvents events) {
        executor.execute(() -> events.ended(new Outcome(Ending.FAILED, "", new LlmFailure(FailureKind.OTHER,
                request.provider().kind(), request.provider().model(), "", "no model provider in this build"))));
        return new StreamingCall() {
            @Override
            public void stop() {
                // It has already failed.
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
