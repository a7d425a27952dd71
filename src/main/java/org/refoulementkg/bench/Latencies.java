package org.refoulementkg.bench;

import java.util.Arrays;
import java.util.List;

/** Summary of a set of response times, in milliseconds: nearest-rank percentiles (p99 of fewer than 100 samples is the maximum). */
record Latencies(int n, double p50, double p99, double mean, double max, int errors) {
    static final Latencies NONE = new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);

    static Latencies of(List<Long> nanos, int errors) {
        if (nanos.isEmpty()) return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, errors);
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        return new Latencies(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.99)), mean / 1e6, ms(sorted[sorted.length - 1]), errors);
    }

    private static long rank(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) { return nanos / 1e6; }
}
