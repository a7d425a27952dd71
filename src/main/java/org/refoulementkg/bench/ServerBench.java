package org.refoulementkg.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything measured on one running server, in one pass: the catalogue queries one client at a time, entity
 * lookups of each kind, then entity pages and a SPARQL query under 1, 8 and 32 concurrent clients.
 */
final class ServerBench {
    /** A catalogue query: the first (untimed) answer, kept for comparing servers, and the timed runs. */
    record QueryRun(String name, int status, byte[] firstAnswer, Latencies latencies) {}

    /** Lookups of one kind of entity in one format (html, turtle). */
    record LookupRun(String kind, String format, Latencies latencies) {}

    /** A concurrent workload at one level of clients. */
    record LoadRun(String workload, HttpProbe.Load load) {}

    record Measured(List<QueryRun> queries, List<LookupRun> lookups, List<LoadRun> loads) {}

    static final String PAGES = "entity pages";
    static final String TIMELINES = "SPARQL: a person's timeline";
    private static final String JSON = "application/sparql-results+json";

    private ServerBench() {}

    /** Brings a fresh server to speed (JIT, caches) before anything is timed: entity pages and timelines for a while. */
    static void warmUp(Target t, HttpProbe http, Workload w, BenchSettings s) {
        var rs = new ArrayList<HttpRequest>();
        boolean pages = t instanceof Target.Ours;
        w.mixedEntities().forEach(iri -> rs.add(t.entity(iri, pages)));
        w.mixedEntities().forEach(iri -> rs.add(t.entity(iri, false)));
        w.persons().forEach(p -> rs.add(t.query(EntityQueries.timeline(p), JSON)));
        if (rs.isEmpty()) return;
        java.util.Collections.shuffle(rs, new java.util.Random(1));
        http.closedLoop(2, i -> rs.get(i % rs.size()), s.warmUpRequests(), s.levelBudget());
    }

    static Measured measure(Target t, HttpProbe http, Workload w, BenchSettings s) {
        var queries = new ArrayList<QueryRun>();
        for (Map.Entry<String, String> q : w.catalogue().entrySet()) {
            HttpRequest r = t.query(q.getValue(), JSON);
            HttpProbe.Reply first = http.send(r);
            Latencies l = first.ok() ? http.sequential(List.of(r), s.queryRuns(), s.queryBudget()) : Latencies.NONE;
            queries.add(new QueryRun(q.getKey(), first.status(), first.body(), l));
            System.out.printf("    %-6s %-36s %s%n", t.name(), q.getKey(), first.ok() ? "%.1f ms".formatted(l.p50()) : "HTTP " + first.status());
        }

        var lookups = new ArrayList<LookupRun>();
        boolean pages = t instanceof Target.Ours;
        var kinds = new java.util.LinkedHashMap<>(w.entities());
        kinds.put("hub", w.hubs());
        kinds.forEach((kind, iris) -> {
            if (iris.isEmpty()) return;
            for (boolean html : pages ? new boolean[] {true, false} : new boolean[] {false}) {
                var requests = iris.stream().map(iri -> t.entity(iri, html)).toList();
                requests.stream().limit(3).forEach(http::send); // warm up the code paths, not the whole sample
                lookups.add(new LookupRun(kind, html ? "html" : "turtle",
                        http.sequential(requests, s.lookupRounds(), s.queryBudget().multipliedBy(2))));
            }
        });

        var loads = new ArrayList<LoadRun>();
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
        return new Measured(queries, lookups, loads);
    }
}
