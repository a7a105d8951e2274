package org.offpiste.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * One try at an answer: hears langchain4j (text, completion, error) and the HTTP layer (activity,
 * headers, end of body, unreadable chunks) and passes everything to its {@link StreamingAnswer}
 * with its number, so a superseded attempt is ignored.
 */
final class Attempt implements StreamingChatResponseHandler, WireObserver {
    private final StreamingAnswer answer;
    private final int number;

    Attempt(StreamingAnswer answer, int number) {
        this.answer = answer;
        this.number = number;
    }

    @Override
    public void onPartialResponse(String partialResponse) {
        answer.text(number, partialResponse);
    }

    @Override
    public void onCompleteResponse(ChatResponse completeResponse) {
        answer.completed(number, completeResponse.finishReason());
    }

    @Override
    public void onError(Throwable error) {
        answer.failed(number, error);
    }

    @Override
    public void onActivity() {
        answer.activity(number, false);
    }

    @Override
    public void onHeaders() {
        answer.activity(number, true);
    }

    @Override
    public void onBodyEnd() {
        answer.bodyEnded(number);
    }

    @Override
    public void onMalformed(Throwable error) {
        answer.malformed(number);
    }
}
