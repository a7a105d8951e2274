package org.offpiste.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A local stand-in for Ollama that streams one answer of {@code tokens} tokens at {@code rate}
 * tokens a second (NDJSON on /api/chat, chunked), paced on an absolute schedule, and notes the
 * {@link System#nanoTime()} just after its last byte was written and flushed. That answer is for
 * the request whose last message is {@link #question()}; any other gets a short one ({@value #SHORT}
 * tokens).
 */
final class StreamServer implements AutoCloseable {
    private final ServerSocket socket;
    private final int tokens;
    private final int rate;
    private final Thread thread;
    private final CountDownLatch lastByte = new CountDownLatch(1);
    private volatile long lastByteNanos;
    private volatile String expected = "";
    /** What the server saw, for a failure message: each request's line, body length and answer. */
    private final java.util.Queue<String> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
    static final int SHORT = 12;

    StreamServer(int tokens, int rate) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.tokens = tokens;
        this.rate = rate;
        this.thread = new Thread(this::serve, "bench-stream-server");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** The question that gets the long answer. */
    String question() {
        return "Stream " + tokens + " tokens";
    }

    /** The whole answer's text, as the model's tokens join up. */
    String expectedText() {
        return expected;
    }

    long awaitLastByteNanos(long timeoutMs) throws InterruptedException {
        if (!lastByte.await(timeoutMs, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the stream never ended; requests seen: " + seen);
        }
        return lastByteNanos;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                // One thread per connection: a client that opens a second one (a model list, a
                // pooled connection) never waits behind the first.
                Thread t = new Thread(() -> {
                    try (client) {
                        handle(client);
                    } catch (IOException e) {
                        // the client went away
                    }
                }, "bench-stream-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private void handle(Socket client) throws IOException {
        client.setSoTimeout(30_000);
        InputStream in = new BufferedInputStream(client.getInputStream());
        String requestLine = line(in);
        int length = 0;
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        // Content-Length counts bytes: read bytes, not characters (a non-ASCII prompt has fewer).
        byte[] body = in.readNBytes(length);
        OutputStream out = client.getOutputStream();
        if (requestLine != null && requestLine.contains("/api/tags")) {
            byte[] json = "{\"models\":[{\"name\":\"bench:latest\",\"model\":\"bench:latest\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + json.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(json);
            out.flush();
            return;
        }
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        boolean measured = new String(body, StandardCharsets.UTF_8).contains(question());
        int count = measured ? tokens : SHORT;
        seen.add(requestLine + " (" + length + " bytes, " + body.length + " read, " + count + " tokens)");
        StringBuilder all = new StringBuilder();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < count; i++) {
            String token = token(i);
            all.append(token.replace("\\n", "\n"));
            chunk(out, "{\"model\":\"bench\",\"message\":{\"role\":\"assistant\",\"content\":\"" + token
                    + "\"},\"done\":false}\n");
            long due = start + (i + 1) * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        chunk(out, "{\"model\":\"bench\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                + "\"done_reason\":\"stop\",\"eval_count\":" + count + "}\n");
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (measured) {
            lastByteNanos = System.nanoTime();
            expected = all.toString();
            lastByte.countDown();
        }
    }

    /** Token i: words with a paragraph break now and then, so that the answer has some shape. */
    static String token(int i) {
        if (i % 120 == 119) {
            return "\\n\\n";
        }
        String[] words = {"snow", " powder", " ridge", " lift", " chalet", " fondue", " sunrise", " trail"};
        return words[i % words.length];
    }

    /** One header line (ASCII, without its CR LF), or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return b.length() == 0 ? null : b.toString();
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    private static void chunk(OutputStream out, String data) throws IOException {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
