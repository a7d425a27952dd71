package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.FusekiPeer;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;

/** The query timeout really stops an expensive query with a 503, and the server keeps answering. */
class QueryTimeoutTest {
    /** A six-way cross product over every triple: ~10^9 combinations even on the small fixture. */
    static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p . ?q ?r ?s }";

    @Test
    void embeddedStoreStopsTheQuery() {
        try (var kg = KnowledgeGraph.inMemory()) {
            kg.publish(Fixtures.fixtureData());
            assertTimesOut(kg);
        }
    }

    @Test
    void remoteStoreStopsWaiting() {
        try (var fuseki = FusekiPeer.start(null, true); var kg = KnowledgeGraph.remote(fuseki.queryEndpoint(), fuseki.gspEndpoint())) {
            kg.publish(Fixtures.fixtureData());
            assertTimesOut(kg);
        }
    }

    /**
     * A backreference defeats Java's backtracking memo: about 4 s at 24 characters and doubling with each one,
     * so some hours at 34. Without our deadline it would run inside one FILTER far past the timeout.
     */
    static final String CATASTROPHIC_REGEX = "SELECT * WHERE { BIND(\"" + "a".repeat(34) + "!\" AS ?s) FILTER(regex(?s, \"(a+)+(\\\\1)b\")) }";

    @Test
    void aCatastrophicRegexIsStoppedAndOthersAreAnsweredMeanwhile() throws Exception {
        try (var kg = KnowledgeGraph.inMemory()) {
            kg.publish(Fixtures.fixtureData());
            try (var server = RunningServer.start(kg, Duration.ofSeconds(2))) {
                var slow = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    long start = System.nanoTime();
                    var r = Http.get(server.url("/sparql?query=" + Http.q(CATASTROPHIC_REGEX)), "application/sparql-results+json");
                    return new Object[] {r, (System.nanoTime() - start) / 1e9};
                });
                Thread.sleep(300);
                long start = System.nanoTime();
                var quick = Http.get(server.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")), "application/sparql-results+json");
                assertEquals(200, quick.statusCode());
                assertTrue((System.nanoTime() - start) / 1e9 < 1.5, "another client waited behind the regex");
                Object[] result = slow.get(30, java.util.concurrent.TimeUnit.SECONDS);
                @SuppressWarnings("unchecked") var r = (java.net.http.HttpResponse<String>) result[0];
                assertEquals(503, r.statusCode(), r.body());
                assertTrue((double) result[1] < 2 + 4, "answered after " + result[1] + " s");
            }
        }
    }

    @Test
    void theTimeoutStopsAQueryWhileItsResultsStream() {
        try (var server = RunningServer.start(org.refoulementkg.support.ProjectData.store(), Duration.ofSeconds(2))) {
            String crossProduct = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"; // ~3·10^8 rows: far past the 4 MB buffer
            long start = System.nanoTime();
            boolean cut;
            try {
                var r = Http.get(server.url("/sparql?query=" + Http.q(crossProduct)), "text/tab-separated-values");
                cut = r.statusCode() == 503 || r.body().length() < 200_000_000;
            } catch (java.io.UncheckedIOException e) {
                cut = true; // the stream was cut mid-way: the only signal left once a 200 has gone out
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(cut, "the results were not cut");
            assertTrue(seconds < 2 + 8, "stopped only after " + seconds + " s");
            assertEquals(200, Http.get(server.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")), "application/sparql-results+json").statusCode());
        }
    }

    private static void assertTimesOut(KnowledgeGraph kg) {
        try (var server = RunningServer.start(kg, Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            var r = Http.get(server.url("/sparql?query=" + Http.q(EXPENSIVE)), "application/sparql-results+json");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out"), r.body());
            assertTrue(seconds < 6, "answered after " + seconds + " s");
            var next = Http.get(server.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")), "application/sparql-results+json");
            assertEquals(200, next.statusCode());
        }
    }
}
