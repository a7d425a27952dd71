package org.refoulementkg.web;

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
