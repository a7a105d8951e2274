package org.offpiste.llm.fake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scripted HTTP response of {@link FakeProviderServer}: status, headers and a body given
 * as chunks, each written after its delay, then an ending (complete, stall, abort or reset).
 * Immutable: every method returns a new reply.
 */
public record Reply(int status, Map<String, String> headers, List<Chunk> chunks, Framing framing, End end,
                    boolean sendsHeaders) {

    /** How the body is delimited on the wire. */
    public enum Framing { CHUNKED, CLOSE_DELIMITED, CONTENT_LENGTH }

    /** What happens after the last chunk. */
    public enum End {
        /** The body ends properly (last chunk for chunked, the close for close-delimited). */
        COMPLETE,
        /** Nothing more is sent; the socket stays open until the client closes it. */
        STALL,
        /** The socket is closed without ending a chunked body. */
        ABORT,
        /** The connection is reset (SO_LINGER 0). */
        RESET
    }

    /** A piece of the body, written {@code delay} after the previous one. */
    public record Chunk(Duration delay, String data) {
    }

    public Reply {
        headers = Map.copyOf(headers);
        chunks = List.copyOf(chunks);
    }

    public static Reply status(int status) {
        return new Reply(status, Map.of(), List.of(), Framing.CONTENT_LENGTH, End.COMPLETE, true);
    }

    /** A 200 whose body arrives in pieces (chunked transfer encoding). */
    public static Reply stream(String contentType) {
        return new Reply(200, Map.of("Content-Type", contentType), List.of(), Framing.CHUNKED, End.COMPLETE, true);
    }

    /** A whole JSON body with a Content-Length. */
    public static Reply json(int status, String json) {
        return status(status).header("Content-Type", "application/json").body(json);
    }

    /** Reads the request, then sends nothing at all (not even headers) until the client gives up. */
    public static Reply silent() {
        return new Reply(200, Map.of(), List.of(), Framing.CONTENT_LENGTH, End.STALL, false);
    }

    public Reply header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, copy, chunks, framing, end, sendsHeaders);
    }

    public Reply body(String data) {
        return chunk(Duration.ZERO, data);
    }

    public Reply chunk(String data) {
        return chunk(Duration.ZERO, data);
    }

    public Reply chunk(Duration delay, String data) {
        List<Chunk> copy = new ArrayList<>(chunks);
        copy.add(new Chunk(delay, data));
        return new Reply(status, headers, copy, framing, end, sendsHeaders);
    }

    public Reply chunks(List<String> data) {
        Reply reply = this;
        for (String piece : data) {
            reply = reply.chunk(piece);
        }
        return reply;
    }

    public Reply chunks(Duration delay, List<String> data) {
        Reply reply = this;
        for (String piece : data) {
            reply = reply.chunk(delay, piece);
        }
        return reply;
    }

    public Reply framing(Framing newFraming) {
        return new Reply(status, headers, chunks, newFraming, end, sendsHeaders);
    }

    public Reply closeDelimited() {
        return framing(Framing.CLOSE_DELIMITED);
    }

    public Reply end(End newEnd) {
        return new Reply(status, headers, chunks, framing, newEnd, sendsHeaders);
    }

    public Reply thenStall() {
        return end(End.STALL);
    }

    public Reply thenAbort() {
        return end(End.ABORT);
    }

    public Reply thenReset() {
        return end(End.RESET);
    }

    byte[] wholeBody() {
        StringBuilder all = new StringBuilder();
        chunks.forEach(c -> all.append(c.data()));
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }
}
