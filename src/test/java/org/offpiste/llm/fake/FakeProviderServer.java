package org.offpiste.llm.fake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real HTTP/1.1 server on a raw loopback socket, with full control of the wire: each request
 * gets a scripted {@link Reply} (from a matching route, else the queue in order, else 404),
 * sent chunk by chunk with delays, then ended, stalled, aborted or reset. One request per
 * connection ({@code Connection: close}), so a connection and its request are the same thing;
 * every connection records its request and whether the client closed the socket.
 */
public final class FakeProviderServer implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Deque<Reply> queue = new ConcurrentLinkedDeque<>();
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> pathQueues = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private record Route(String method, Predicate<String> path, Reply reply) {
    }

    /** One accepted connection: its request (null until read) and whether the client closed it. */
    public static final class Connection {
        private final Socket socket;
        private final long acceptedAtNanos = System.nanoTime();
        private volatile RecordedRequest request;
        private volatile boolean serverClosing;
        private volatile boolean clientClosed;
        private final CountDownLatch closed = new CountDownLatch(1);

        Connection(Socket socket) {
            this.socket = socket;
        }

        public RecordedRequest request() {
            return request;
        }

        /** When the connection was accepted ({@link System#nanoTime()}). */
        public long acceptedAtNanos() {
            return acceptedAtNanos;
        }

        /** True when the client closed (or reset) the socket before the server did. */
        public boolean clientClosed() {
            return clientClosed;
        }

        /** Waits until the client closes the socket; true when it did within the time. */
        public boolean awaitClientClose(Duration within) throws InterruptedException {
            return closed.await(within.toMillis(), TimeUnit.MILLISECONDS) && clientClosed;
        }

        void closeFromServer(boolean reset) {
            serverClosing = true;
            try {
                if (reset) {
                    socket.setSoLinger(true, 0);
                }
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private FakeProviderServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    public static FakeProviderServer start() {
        try {
            return new FakeProviderServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback server socket", e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path} (for a base URL such as {@code /v1}). */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Answers the next request with no route with this reply (in the order enqueued). */
    public FakeProviderServer enqueue(Reply reply) {
        queue.addLast(reply);
        return this;
    }

    /** Answers the next request to this exact path (query ignored) with this reply, before the general queue. */
    public FakeProviderServer enqueue(String path, Reply reply) {
        pathQueues.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addLast(reply);
        return this;
    }

    /** Answers every request with this method and exact path (query ignored) with this reply. */
    public FakeProviderServer route(String method, String path, Reply reply) {
        routes.add(new Route(method, p -> p.equals(path), reply));
        return this;
    }

    /** The requests to this path read so far, in order. */
    public List<RecordedRequest> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The requests read so far, in order. */
    public List<RecordedRequest> requests() {
        List<RecordedRequest> read = new ArrayList<>();
        for (Connection c : connections) {
            if (c.request != null) {
                read.add(c.request);
            }
        }
        return read;
    }

    public List<Connection> connections() {
        return List.copyOf(connections);
    }

    /** The latest connection whose request was read; waits up to a second for one. */
    public Connection lastConnection() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (int j = connections.size() - 1; j >= 0; j--) {
                if (connections.get(j).request != null) {
                    return connections.get(j);
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no request arrived");
    }

    @Override
    public void close() {
        stopped.countDown();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.forEach(c -> c.closeFromServer(false));
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Connection connection = new Connection(socket);
                connections.add(connection);
                threads.execute(() -> serve(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Connection connection) {
        try {
            InputStream in = connection.socket.getInputStream();
            RecordedRequest request = readRequest(in);
            if (request == null) {
                connection.closeFromServer(false);
                return;
            }
            connection.request = request;
            threads.execute(() -> watchClient(connection, in));
            respond(connection, replyFor(request));
        } catch (IOException e) {
            // the client went away while we wrote: watchClient has recorded it
            connection.closeFromServer(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.closeFromServer(false);
        }
    }

    private Reply replyFor(RecordedRequest request) {
        for (Route route : routes) {
            if (route.method.equalsIgnoreCase(request.method()) && route.path.test(request.path())) {
                return route.reply;
            }
        }
        Deque<Reply> forPath = pathQueues.get(request.path());
        Reply next = forPath == null ? null : forPath.pollFirst();
        if (next != null) {
            return next;
        }
        next = queue.pollFirst();
        return next != null ? next : Reply.json(404, "{\"error\":\"no scripted reply for " + request.path() + "\"}");
    }

    /** Blocks on the socket after the request: EOF or an error means the client closed it. */
    private void watchClient(Connection connection, InputStream in) {
        try {
            byte[] buffer = new byte[1024];
            while (in.read(buffer) >= 0) {
                // nothing more is expected: one request per connection
            }
            connection.clientClosed = !connection.serverClosing;
        } catch (IOException e) {
            connection.clientClosed = !connection.serverClosing;
        } finally {
            connection.closed.countDown();
        }
    }

    private void respond(Connection connection, Reply reply) throws IOException, InterruptedException {
        OutputStream out = connection.socket.getOutputStream();
        if (!reply.sendsHeaders()) {
            awaitClientOrStop(connection);
            return;
        }
        out.write(head(reply).getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        for (Reply.Chunk chunk : reply.chunks()) {
            if (!chunk.delay().isZero() && sleepUnlessClosed(connection, chunk.delay())) {
                return;
            }
            byte[] data = chunk.data().getBytes(StandardCharsets.UTF_8);
            if (reply.framing() == Reply.Framing.CHUNKED) {
                if (data.length == 0) {
                    continue;
                }
                out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(data);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else {
                out.write(data);
            }
            out.flush();
        }
        switch (reply.end()) {
            case COMPLETE -> {
                if (reply.framing() == Reply.Framing.CHUNKED) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
                connection.socket.shutdownOutput();
                // let the client read to the end before the socket goes
                connection.closed.await(2, TimeUnit.SECONDS);
                connection.closeFromServer(false);
            }
            case STALL -> awaitClientOrStop(connection);
            case ABORT -> connection.closeFromServer(false);
            case RESET -> connection.closeFromServer(true);
        }
    }

    private void awaitClientOrStop(Connection connection) throws InterruptedException {
        while (!connection.closed.await(20, TimeUnit.MILLISECONDS)) {
            if (stopped.getCount() == 0) {
                return;
            }
        }
        connection.closeFromServer(false);
    }

    /** Sleeps; true when the client closed the socket meanwhile. */
    private static boolean sleepUnlessClosed(Connection connection, Duration delay) throws InterruptedException {
        return connection.closed.await(delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String head(Reply reply) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(' ')
                .append(reason(reply.status())).append("\r\n");
        reply.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        switch (reply.framing()) {
            case CHUNKED -> head.append("Transfer-Encoding: chunked\r\n");
            case CONTENT_LENGTH -> head.append("Content-Length: ").append(reply.wholeBody().length).append("\r\n");
            case CLOSE_DELIMITED -> { }
        }
        return head.append("Connection: close\r\n\r\n").toString();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private static RecordedRequest readRequest(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        byte[] body;
        List<String> length = headers.get("content-length");
        List<String> encoding = headers.get("transfer-encoding");
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length.get(0)));
        } else if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
            body = readChunked(in);
        } else {
            body = new byte[0];
        }
        return new RecordedRequest(parts[0], parts.length > 1 ? parts[1] : "/", headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = readLine(in); size != null; size = readLine(in)) {
            int n = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (n == 0) {
                readLine(in);
                break;
            }
            body.write(in.readNBytes(n));
            readLine(in);
        }
        return body.toByteArray();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** For tests that only need "nothing listens here": a port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
