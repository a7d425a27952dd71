package org.refoulementkg.bench;

import java.util.List;

/** What a benchmark run found, as written to results.json (times in seconds or milliseconds as named). */
public record Results(String started, double seconds, String machine, String java, BenchSettings settings, List<Scale> scales) {

    /** One scale: the corpus, the loads, both servers, and the comparisons. */
    public record Scale(String scale, long triples, int caseStudies, double generateSeconds, double seconds, String loadAverageBefore,
                        String loadAverageAfter, List<LoadBench.Result> loads, Server ours, Server fuseki, List<Query> catalogue,
                        List<Lookup> lookups, List<Concurrency> concurrency) {}

    /**
     * Startup to the first answered query: median and each start, with an AOT cache of the JVM (JEP 483/514, recorded by
     * a training run of the same server, as ./kg serve does) and without one; resident memory when idle, after the
     * run, and at the peak.
     */
    public record Server(String name, double startupSeconds, List<Double> startups, double coldStartupSeconds, List<Double> coldStartups,
                         long idleRssMiB, long rssMiB, long peakRssMiB) {}

    /** A catalogue query on both servers: rows, latencies, ours/Fuseki ratio of the medians, whether the answers are the same. */
    public record Query(String query, int oursRows, int fusekiRows, Latencies ours, Latencies fuseki, double ratio, boolean sameAnswer,
                        String problem) {}

    /** Entity lookups of one kind: our HTML page, our Turtle, Fuseki's equivalent CONSTRUCT; ratio of our Turtle to Fuseki (medians). */
    public record Lookup(String kind, int entities, Latencies oursHtml, Latencies oursTurtle, Latencies fuseki, double ratio) {}

    /** A concurrent workload at one level of clients on both servers. */
    public record Concurrency(String workload, int clients, HttpProbe.Load ours, HttpProbe.Load fuseki) {}
}
