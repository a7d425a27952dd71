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
 * What is measured on the two running servers. Catalogue queries and entity lookups alternate between the
 * servers request by request, so that both meet the same machine (this one is shared, and its load drifts);
 * the concurrent workloads run on one server at a time, the other idle.
 */
final class ServerBench {
    /** A catalogue query on one server: the first (untimed) answer, kept for comparing servers, and the timed runs (after up to two more untimed ones). */
    record QueryRun(String name, int status, byte[] firstAnswer, Latencies latencies) {}

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

    /** Each catalogue query on both servers, one client, alternating server and order run by run. */
    static Map<String, List<QueryRun>> catalogue(Target ours, Target theirs, HttpProbe http, Workload w, BenchSettings s) {
        var runs = new LinkedHashMap<String, List<QueryRun>>(Map.of(ours.name(), new ArrayList<>(), theirs.name(), new ArrayList<>()));
        for (Map.Entry<String, String> q : w.catalogue().entrySet()) {
            HttpRequest a = ours.query(q.getValue(), JSON), b = theirs.query(q.getValue(), JSON);
            HttpProbe.Reply firstA = http.send(a), firstB = http.send(b);
            // Two more untimed runs of each where they are quick: the query's own code paths compiled, as in a steady server.
            for (int k = 0; k < 2 && firstA.nanos() + firstB.nanos() < 2_000_000_000L; k++) { http.send(a); http.send(b); }
            var times = alternate(http, firstA.ok() ? a : null, firstB.ok() ? b : null, s.queryRuns(), s.queryBudget().multipliedBy(2));
            runs.get(ours.name()).add(new QueryRun(q.getKey(), firstA.status(), firstA.body(), times.get(0)));
            runs.get(theirs.name()).add(new QueryRun(q.getKey(), firstB.status(), firstB.body(), times.get(1)));
            System.out.printf("    %-36s ours %8.1f ms   fuseki %8.1f ms%n", q.getKey(), times.get(0).p50(), times.get(1).p50());
        }
        return runs;
    }

    /** Lookups of each kind of entity: our HTML page, our Turtle and Fuseki's CONSTRUCT, entity by entity in turn. */
    static List<Results.Lookup> lookups(Target ours, Target theirs, HttpProbe http, Workload w, BenchSettings s) {
        var rows = new ArrayList<Results.Lookup>();
        var kinds = new LinkedHashMap<>(w.entities());
        kinds.put("hub", w.hubs());
        kinds.forEach((kind, iris) -> {
            if (iris.isEmpty()) return;
            var html = new ArrayList<Long>();
            var turtle = new ArrayList<Long>();
            var construct = new ArrayList<Long>();
            int[] errors = new int[3];
            for (int round = 0; round < s.lookupRounds(); round++) {
                for (String iri : iris) {
                    record(http.send(ours.entity(iri, true)), html, errors, 0);
                    record(http.send(ours.entity(iri, false)), turtle, errors, 1);
                    record(http.send(theirs.entity(iri, false)), construct, errors, 2);
                }
            }
            Latencies t = Latencies.of(turtle, errors[1]), c = Latencies.of(construct, errors[2]);
            rows.add(new Results.Lookup(kind, iris.size(), Latencies.of(html, errors[0]), t, c,
                    t.n() > 0 && c.n() > 0 ? t.p50() / c.p50() : Double.NaN));
        });
        return rows;
    }

    /** Entity pages (ours: HTML; Fuseki: the equivalent CONSTRUCT) and a person's timeline under each level of clients. */
    static List<LoadRun> concurrency(Target t, HttpProbe http, Workload w, BenchSettings s) {
        var loads = new ArrayList<LoadRun>();
        boolean pages = t instanceof Target.Ours;
        List<HttpRequest> pageRequests = w.mixedEntities().stream().map(iri -> t.entity(iri, pages)).toList();
        List<HttpRequest> timelines = w.persons().stream().map(p -> t.query(EntityQueries.timeline(p), JSON)).toList();
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

    /** Sends a and b in turn (a first on even rounds, b first on odd ones), {@code rounds} times or until the budget is spent. */
    private static List<Latencies> alternate(HttpProbe http, HttpRequest a, HttpRequest b, int rounds, Duration budget) {
        var ta = new ArrayList<Long>();
        var tb = new ArrayList<Long>();
        int[] errors = new int[2];
        long end = System.nanoTime() + budget.toNanos();
        for (int round = 0; round < rounds && (round == 0 || System.nanoTime() < end); round++) {
            boolean aFirst = round % 2 == 0;
            for (int k = 0; k < 2; k++) {
                boolean isA = (k == 0) == aFirst;
                HttpRequest r = isA ? a : b;
                if (r != null) record(http.send(r), isA ? ta : tb, errors, isA ? 0 : 1);
            }
        }
        return List.of(a == null ? Latencies.NONE : Latencies.of(ta, errors[0]), b == null ? Latencies.NONE : Latencies.of(tb, errors[1]));
    }

    private static void record(HttpProbe.Reply reply, List<Long> times, int[] errors, int which) {
        if (reply.ok()) times.add(reply.nanos()); else errors[which]++;
    }
}
