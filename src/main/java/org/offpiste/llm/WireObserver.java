package org.offpiste.llm;

/** What the HTTP layer tells the call about its exchange, beyond what langchain4j reports. */
interface WireObserver {

    /** Bytes arrived (headers or body). */
    void onActivity();

    /** The response headers arrived with a 2xx status. */
    void onHeaders();

    /** The body reached its end and the provider's listener has had its say (onClose included). */
    void onBodyEnd();

    /** The provider's listener threw on a chunk (a chunk it could not read): it would have skipped it. */
    void onMalformed(Throwable error);
}
