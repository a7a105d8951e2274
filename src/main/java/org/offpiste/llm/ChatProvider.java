package org.offpiste.llm;

/**
 * Streams answers from a language model. Never blocks the caller: the request is sent on a
 * background thread and everything comes back through {@link StreamEvents}.
 */
public interface ChatProvider {

    StreamingCall stream(ModelRequest request, StreamEvents events);
}
