package org.refoulementkg.bench;

import java.util.List;

/** What a benchmark run found, as written to results.json (times in seconds or milliseconds as named). */
public record Results(String started, double seconds, String machine, String java, BenchSettings settings, List<Scale> scales) {

    /** One scale: the corpus, the loads, the three servers (Virtuoso null where it is not installed), and the comparisons. */
    public record Scale(String scale, long triples, int caseStudies, double generateSeconds, double seconds, String loadAverageBefore,
                        String loadAverageAfter, List<LoadBench.Result> loads, Server ours, Server fuseki, Server virtuoso,
                        List<Query> catalogue, List<Lookup> lookups, List<Concurrency> concurrency) {}

    /**
     * Startup to the first answered query: median and each start, with an AOT cache of the JVM (JEP 483/514, recorded by
     * a training run of the same server, as ./kg serve does) and without one (Virtuoso: no JVM, the same starts twice);
     * resident memory when idle, after the run, and at the peak.
     */
    public record Server(String name, double startupSeconds, List<Double> startups, double coldStartupSeconds, List<Double> coldStartups,
                         long idleRssMiB, long rssMiB, long peakRssMiB) {}

    /**
     * A catalogue query on each server. Ours three ways: its first run (ms, a result-cache miss), {@code oursCold} (each
     * run computed: {@code Cache-Control: no-cache}) and {@code ours} (warm: answered from the result cache). Ratios are
     * of the medians; an answer is compared with ours ({@link AnswerCheck}), a difference described in {@code problem}.
     */
    public record Query(String query, int oursRows, double oursFirstMs, Latencies ours, Latencies oursCold, Peer fuseki, Peer virtuoso) {
        double coldRatio(Peer p) { return p == null ? Double.NaN : ratio(oursCold, p.latencies()); }
        double warmRatio(Peer p) { return p == null ? Double.NaN : ratio(ours, p.latencies()); }
    }

    /** Another server's side of a catalogue query: its rows, latencies, whether the answer is ours, and how it differs if not. */
    public record Peer(int rows, Latencies latencies, boolean sameAnswer, String problem) {}

    /** Entity lookups of one kind: our HTML page, our Turtle, Fuseki's and Virtuoso's equivalent CONSTRUCT. */
    public record Lookup(String kind, int entities, Latencies oursHtml, Latencies oursTurtle, Latencies fuseki, Latencies virtuoso) {
        double ratio() { return Results.ratio(oursTurtle, fuseki); }
        double virtuosoRatio() { return Results.ratio(oursTurtle, virtuoso); }
    }

    /** A concurrent workload at one level of clients on each server (null: not run there). */
    public record Concurrency(String workload, int clients, HttpProbe.Load ours, HttpProbe.Load fuseki, HttpProbe.Load virtuoso) {}

    static double ratio(Latencies a, Latencies b) {
        return a != null && b != null && a.n() > 0 && b.n() > 0 ? a.p50() / b.p50() : Double.NaN;
    }
}
