package org.offpiste.llm.fake;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port whose connections never complete: a listening socket that never accepts, its
 * backlog filled, so the kernel drops new connection attempts and the client's connect times out
 * (an unreachable host, without needing a real network).
 */
public final class BlackHole implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> fillers = new ArrayList<>();

    private BlackHole() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 100);
                fillers.add(filler);
            } catch (IOException full) {
                filler.close();
                return;
            }
        }
    }

    public static BlackHole open() {
        try {
            return new BlackHole();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() {
        for (Socket filler : fillers) {
            try {
                filler.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
