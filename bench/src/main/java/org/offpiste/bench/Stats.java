package org.offpiste.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians and percentiles of timings, in milliseconds. */
final class Stats {
    private final double[] sorted;

    private Stats(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    static Stats ofMillis(List<Double> values) {
        return new Stats(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Stats ofNanos(long[] nanos) {
        return new Stats(Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray());
    }

    int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double median() {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    String summary() {
        return String.format(Locale.ROOT, "median=%.1f ms p95=%.1f ms max=%.1f ms (n=%d)",
                median(), percentile(95), max(), count());
    }

    static String ms(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
