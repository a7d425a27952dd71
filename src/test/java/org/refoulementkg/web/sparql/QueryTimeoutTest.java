package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.refoulementkg.web.WebApp;
import org.refoulementkg.web.http.ClientBudget;
import org.junit.jupiter.api.Test;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.FusekiPeer;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;

/** The query timeout really stops an expensive query with a 503, and the server keeps answering. */
@Tag("slow")
class QueryTimeoutTest {
    /** A six-way cross product over every triple: ~10^9 combinations even on the small fixture. */
    static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p . ?q ?r ?s }";
    /**
     * Far longer than a stopped query takes to answer even on a busy machine, far shorter than one that is not stopped
     * would run (hours): the 503 says the query was stopped; the bound says it was stopped at its timeout, not later.
     */
    static final Duration STOPPED_WITHIN = Duration.ofSeconds(45);

    @Test
    void embeddedStoreStopsTheQuery() {
        assertTimesOut(Fixtures.store());
    }

    @Test
    @Tag("fuseki")
    void remoteStoreStopsWaiting() {
        try (var fuseki = FusekiPeer.start(null, true); var kg = KnowledgeGraph.remote(fuseki.queryEndpoint(), fuseki.gspEndpoint())) {
            kg.publish(Fixtures.publication());
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
        // Two clients (as a trusted proxy names them): one client's queries wait behind its own (FairSharingTest).
        var settings = new WebApp.Settings(Duration.ofSeconds(8), Fixtures.FIXTURE)
                .withBudget(new ClientBudget.Settings(Duration.ofSeconds(60), Set.of("127.0.0.1")));
        try (var server = RunningServer.start(Fixtures.store(), settings)) {
            var slow = CompletableFuture.supplyAsync(() -> as("10.0.0.1", server.url("/sparql?query=" + Http.q(CATASTROPHIC_REGEX))));
            Thread.sleep(300);
            var quick = as("10.0.0.2", server.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")));
            assertEquals(200, quick.statusCode());
            // Observed, not timed: the other client's answer came while the regex was still running.
            assertFalse(slow.isDone(), "another client waited until the regex had been stopped");
            var r = slow.get(STOPPED_WITHIN.toSeconds(), TimeUnit.SECONDS);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out"), r.body());
        }
    }

    @Test
    void theTimeoutStopsAQueryWhileItsResultsStream() {
        try (var server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(2))) {
            String crossProduct = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"; // ~5·10^8 rows: far past the 4 MB buffer
            long start = System.nanoTime();
            boolean cut;
            try {
                var r = Http.get(server.url("/sparql?query=" + Http.q(crossProduct)), "text/tab-separated-values");
                cut = r.statusCode() == 503; // a 200 that ended cleanly would pass a truncated answer off as whole
            } catch (UncheckedIOException e) {
                cut = true; // the stream was cut mid-way: the only signal left once a 200 has gone out
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(cut, "the results were not cut");
            assertTrue(took.compareTo(STOPPED_WITHIN) < 0, "stopped only after " + took);
            assertEquals(200, Http.get(server.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")), "application/sparql-results+json").statusCode());
        }
    }

    private static java.net.http.HttpResponse<String> as(String client, String url) {
        return Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/sparql-results+json").header("X-Forwarded-For", client).GET().build());
    }

    private static void assertTimesOut(KnowledgeGraph kg) {
        try (var server = RunningServer.start(kg, Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            var r = Http.get(server.url("/sparql?query=" + Http.q(EXPENSIVE)), "application/sparql-results+json");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out"), r.body());
            assertTrue(took.compareTo(STOPPED_WITHIN) < 0, "answered after " + took);
            var next = Http.get(server.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")), "application/sparql-results+json");
            assertEquals(200, next.statusCode());
        }
    }
}
