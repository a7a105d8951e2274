package org.offpiste.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One line about the machine: cores, CPU model, memory, OS, JDK. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu() + ", " + memory() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", load average " + load() + priority();
    }

    /** The 1-minute load average: other work on the machine skews the figures. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String priority() {
        String p = System.getenv("OFFPISTE_BENCH_PRIORITY");
        return p == null || p.isBlank() ? "" : ", run at " + p;
    }

    private static String cpu() {
        return grep("/proc/cpuinfo", "model name").map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("CPU unknown");
    }

    private static String memory() {
        return grep("/proc/meminfo", "MemTotal").map(l -> {
            long kb = Long.parseLong(l.replaceAll("\\D", ""));
            return (kb / 1024 / 1024) + " GiB RAM";
        }).orElse("memory unknown");
    }

    static java.util.Optional<String> grep(String file, String prefix) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
