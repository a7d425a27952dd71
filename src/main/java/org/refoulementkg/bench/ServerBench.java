package org.refoulementkg.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What is measured on the running servers. Catalogue queries and entity lookups alternate between the
 * servers request by request, so that both meet the same machine (this one is shared, and its load drifts);
 * the concurrent workloads run on one server at a time, the other idle.
 */
final class ServerBench {
    /** A catalogue query on one server: the first (untimed) answer, kept for comparing servers, and the timed runs (after up to two more untimed ones). */
    record QueryRun(String name, int status, byte[] firstAnswer, double firstMs, Latencies latencies) {}

    /** A concurrent workload at one level of clients. */
    record LoadRun(String workload, HttpProbe.Load load) {}

    static final String PAGES = "entity pages";
    static final String TIMELINES = "SPARQL: a person's timeline";
    private static final String JSON = "application/sparql-results+json";

    private ServerBench() {}

    /**
     * Brings a server to speed (JIT, caches) with entity pages, data and timelines. {@code steady}: until the JIT has
     * compiled the request paths (on two cores that takes some ten thousand requests; measured before that, a
     * server is a third slower than it will be); otherwise a short pass, as a training run for the AOT cache.
     */
    static void warmUp(Target t, HttpProbe http, Workload w, BenchSettings s, boolean steady) {
        var rs = new ArrayList<HttpRequest>();
        boolean pages = t instanceof Target.Ours;
        w.mixedEntities().forEach(iri -> rs.add(t.entity(iri, pages)));
        w.mixedEntities().forEach(iri -> rs.add(t.entity(iri, false)));
        w.persons().forEach(p -> rs.add(t.query(EntityQueries.timeline(p), JSON)));
        if (rs.isEmpty()) return;
        Collections.shuffle(rs, new Random(1));
        if (steady) http.closedLoop(4, i -> rs.get(i % rs.size()), s.steadyWarmUpRequests(), s.steadyWarmUpBudget());
        else http.closedLoop(2, i -> rs.get(i % rs.size()), s.warmUpRequests(), s.levelBudget());
    }

    /**
     * Each catalogue query on every target, one client, alternating target and order run by run. The first target's
     * first run is the query's first run on that server (for ours: a result-cache miss).
     */
    static Map<String, List<QueryRun>> catalogue(List<Target> targets, HttpProbe http, Workload w, BenchSettings s) {
        var runs = new LinkedHashMap<String, List<QueryRun>>();
        targets.forEach(t -> runs.put(t.name(), new ArrayList<>()));
        for (Map.Entry<String, String> q : w.catalogue().entrySet()) {
            var requests = new ArrayList<HttpRequest>();
            var first = new ArrayList<HttpProbe.Reply>();
            long firstNanos = 0;
            for (Target t : targets) {
                HttpRequest r = t.query(q.getValue(), JSON);
                HttpProbe.Reply reply = http.send(r);
                requests.add(r);
                first.add(reply);
                firstNanos += reply.nanos();
            }
            // Two more untimed runs of each where they are quick: the query's own code paths compiled, as in a steady server.
            for (int k = 0; k < 2 && firstNanos < 2_000_000_000L; k++) requests.forEach(http::send);
            var timed = new ArrayList<HttpRequest>();
            for (int i = 0; i < requests.size(); i++) timed.add(first.get(i).ok() ? requests.get(i) : null);
            var times = alternate(http, timed, s.queryRuns(), s.queryBudget().multipliedBy(targets.size()));
            var line = new StringBuilder(String.format("    %-36s", q.getKey()));
            for (int i = 0; i < targets.size(); i++) {
                HttpProbe.Reply f = first.get(i);
                runs.get(targets.get(i).name()).add(new QueryRun(q.getKey(), f.status(), f.body(), f.nanos() / 1e6, times.get(i)));
                line.append(String.format("  %s %8.1f ms", targets.get(i).name(), times.get(i).p50()));
            }
            System.out.println(line);
        }
        return runs;
    }

    /** Lookups of each kind of entity: our HTML page, our Turtle and each other target's CONSTRUCT, entity by entity in turn. */
    static List<Results.Lookup> lookups(Target ours, Target fuseki, Target virtuoso, HttpProbe http, Workload w, BenchSettings s) {
        var rows = new ArrayList<Results.Lookup>();
        var kinds = new LinkedHashMap<>(w.entities());
        kinds.put("hub", w.hubs());
        kinds.forEach((kind, iris) -> {
            if (iris.isEmpty()) return;
            var times = List.<List<Long>>of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            int[] errors = new int[4];
            for (int round = 0; round < s.lookupRounds(); round++) {
                for (String iri : iris) {
                    record(http.send(ours.entity(iri, true)), times.get(0), errors, 0);
                    record(http.send(ours.entity(iri, false)), times.get(1), errors, 1);
                    record(http.send(fuseki.entity(iri, false)), times.get(2), errors, 2);
                    if (virtuoso != null) record(http.send(virtuoso.entity(iri, false)), times.get(3), errors, 3);
                }
            }
            rows.add(new Results.Lookup(kind, iris.size(), Latencies.of(times.get(0), errors[0]), Latencies.of(times.get(1), errors[1]),
                    Latencies.of(times.get(2), errors[2]), virtuoso == null ? null : Latencies.of(times.get(3), errors[3])));
        });
        return rows;
    }

    /**
     * Entity pages (ours: HTML; the others: the equivalent CONSTRUCT) and a person's timeline under each level of
     * clients. Our timelines are computed each time ({@code Cache-Control: no-cache}): this measures the engine.
     */
    static List<LoadRun> concurrency(Target t, HttpProbe http, Workload w, BenchSettings s) {
        var loads = new ArrayList<LoadRun>();
        boolean pages = t instanceof Target.Ours;
        Target engine = t instanceof Target.Ours o ? o.cold() : t;
        List<HttpRequest> pageRequests = w.mixedEntities().stream().map(iri -> t.entity(iri, pages)).toList();
        List<HttpRequest> timelines = w.persons().stream().map(p -> engine.query(EntityQueries.timeline(p), JSON)).toList();
        for (var workload : List.of(Map.entry(PAGES, pageRequests), Map.entry(TIMELINES, timelines))) {
            List<HttpRequest> rs = workload.getValue();
            if (rs.isEmpty()) continue;
            for (int clients : s.clients()) {
                var load = http.closedLoop(clients, i -> rs.get(i % rs.size()), s.levelRequests(), s.levelBudget());
                loads.add(new LoadRun(workload.getKey(), load));
                System.out.printf("    %-6s %-28s %2d clients: %,.0f req/s, p50 %.1f ms, p99 %.1f ms%n", t.name(), workload.getKey(),
                        clients, load.perSecond(), load.latencies().p50(), load.latencies().p99());
            }
        }
        return loads;
    }

    /**
     * Sends each request in turn (null: skipped), starting one further along each round, {@code rounds} times or until
     * the budget is spent; the latencies of each.
     */
    private static List<Latencies> alternate(HttpProbe http, List<HttpRequest> requests, int rounds, Duration budget) {
        int n = requests.size();
        var times = new ArrayList<List<Long>>();
        for (int i = 0; i < n; i++) times.add(new ArrayList<>());
        int[] errors = new int[n];
        long end = System.nanoTime() + budget.toNanos();
        for (int round = 0; round < rounds && (round == 0 || System.nanoTime() < end); round++) {
            for (int k = 0; k < n; k++) {
                int i = (round + k) % n;
                if (requests.get(i) != null) record(http.send(requests.get(i)), times.get(i), errors, i);
            }
        }
        var out = new ArrayList<Latencies>();
        for (int i = 0; i < n; i++) out.add(requests.get(i) == null ? Latencies.NONE : Latencies.of(times.get(i), errors[i]));
        return out;
    }

    private static void record(HttpProbe.Reply reply, List<Long> times, int[] errors, int which) {
        if (reply.ok()) times.add(reply.nanos()); else errors[which]++;
    }
}
