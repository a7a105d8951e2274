package org.offpiste.bench;

import java.util.List;

/** Where the windows of the benchmarks are shown: an X display (Xvfb or real) or Monocle headless. */
enum Display {
    X11, MONOCLE;

    static Display current() {
        String d = System.getenv("DISPLAY");
        return d == null || d.isBlank() ? MONOCLE : X11;
    }

    List<String> jvmOptions() {
        return this == X11 ? List.of()
                : List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw");
    }

    String describe() {
        return this == X11 ? "X11 display " + System.getenv("DISPLAY") + describeServer()
                : "Monocle headless (software rendering, no X server)";
    }

    private static String describeServer() {
        String server = System.getenv("OFFPISTE_BENCH_XSERVER");
        return server == null || server.isBlank() ? "" : " (" + server + ")";
    }
}
