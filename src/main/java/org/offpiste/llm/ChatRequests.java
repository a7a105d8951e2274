package org.offpiste.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;

/** Our request in langchain4j's terms: the system instructions, then the turns (blank earlier turns left out). */
final class ChatRequests {
    private ChatRequests() {
    }

    static ChatRequest of(ModelRequest request) {
        List<ChatMessage> messages = new ArrayList<>();
        if (!request.system().isBlank()) {
            messages.add(SystemMessage.from(request.system()));
        }
        List<ChatTurn> turns = request.turns();
        for (int i = 0; i < turns.size(); i++) {
            ChatTurn turn = turns.get(i);
            boolean last = i == turns.size() - 1;
            if (turn.text().isBlank() && !last) {
                continue;
            }
            messages.add(turn.role() == ChatTurn.Role.USER ? UserMessage.from(turn.text()) : AiMessage.from(turn.text()));
        }
        return ChatRequest.builder().messages(messages).build();
    }
}
