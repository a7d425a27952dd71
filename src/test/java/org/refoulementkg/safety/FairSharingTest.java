package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.web.WebApp;
import org.refoulementkg.web.http.ClientBudget;

/** Fair sharing: a client past its query time per minute gets 429 with Retry-After; other clients are served as usual. */
class FairSharingTest {
    static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p . ?q ?r ?s }";

    static RunningServer server(Set<String> trustedProxies) {
        var settings = new WebApp.Settings(Duration.ofSeconds(1), Fixtures.FIXTURE)
                .withBudget(new ClientBudget.Settings(Duration.ofSeconds(3), trustedProxies));
        return RunningServer.start(Fixtures.store(), settings);
    }

    static HttpResponse<String> as(String client, String url) {
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", "application/sparql-results+json, text/html;q=0.5");
        if (client != null) b.header("X-Forwarded-For", client);
        return Http.send(b.GET().build());
    }

    /** Floods expensive queries (each runs its whole second) until refused with 429; the refusal. */
    static HttpResponse<String> floodUntilRefused(RunningServer s, String client, boolean varyAddress) {
        for (int i = 0; i < 20; i++) {
            var r = as(varyAddress ? "10.9.9." + i : client, s.url("/sparql?query=" + Http.q(EXPENSIVE)));
            if (r.statusCode() == 429) return r;
            assertEquals(503, r.statusCode(), r.body()); // the timeout
        }
        throw new AssertionError("20 expensive queries and never 429");
    }

    @Test
    void aFloodingClientGets429WhileAnotherIsServed() {
        try (var s = server(Set.of("127.0.0.1"))) {
            var refused = floodUntilRefused(s, "10.0.0.1", false);
            assertTrue(refused.body().contains("query time per minute"), refused.body());
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertEquals(429, as("10.0.0.1", s.url("/sparql?query=" + Http.q("ASK {}"))).statusCode(), "still spent");

            var other = as("10.0.0.2", s.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")));
            assertEquals(200, other.statusCode(), other.body());
            assertTrue(other.body().contains("true"));
            assertEquals(200, as("10.0.0.2", s.url("/id/person/alice")).statusCode());
            assertEquals(200, as("10.0.0.1", s.url("/id/person/alice")).statusCode(), "pages are not query time");
        }
    }

    @Test
    void aClientsQueriesWaitBehindItsOwnWhileAnotherClientIsServed() throws Exception {
        var settings = new WebApp.Settings(Duration.ofSeconds(2), Fixtures.FIXTURE)
                .withBudget(new ClientBudget.Settings(Duration.ofSeconds(600), Set.of("127.0.0.1"), 1));
        try (var s = RunningServer.start(Fixtures.store(), settings)) {
            var flood = new java.util.ArrayList<java.util.concurrent.CompletableFuture<HttpResponse<String>>>();
            for (int i = 0; i < 3; i++) {
                flood.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> as("10.0.0.1", s.url("/sparql?query=" + Http.q(EXPENSIVE)))));
                Thread.sleep(500); // in order: the second's patience (2 s) outlasts the first, the third's does not outlast both
            }
            var other = as("10.0.0.2", s.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")));
            assertEquals(200, other.statusCode(), other.body());
            // Observed, not timed: the other client was answered while the flood's first query was still running.
            assertTrue(flood.stream().anyMatch(f -> !f.isDone()), "the other client waited for the flood");
            var statuses = new java.util.ArrayList<Integer>();
            for (var f : flood) statuses.add(f.get().statusCode());
            // One runs to its timeout, the next takes its turn after it, the last cannot start within the timeout.
            assertEquals(List.of(429, 503, 503), statuses.stream().sorted().toList(), statuses.toString());
            for (var f : flood)
                if (f.get().statusCode() == 429) assertTrue(f.get().body().contains("at once"), f.get().body());
        }
    }

    @Test
    void aClientWhoUsedLittleGoesAheadOfAFloodsQueuedQueries() throws Exception {
        var settings = new WebApp.Settings(Duration.ofSeconds(2), Fixtures.FIXTURE)
                .withLimits(org.refoulementkg.web.sparql.QueryLimits.DEFAULT.withRunning(1))
                .withBudget(new ClientBudget.Settings(Duration.ofSeconds(60), Set.of("127.0.0.1"), 2));
        try (var s = RunningServer.start(Fixtures.store(), settings)) {
            String expensive = s.url("/sparql?query=" + Http.q(EXPENSIVE));
            assertEquals(503, as("10.0.0.1", expensive).statusCode(), "the flood has used a timeout's worth");
            var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> as("10.0.0.1", expensive));
            Thread.sleep(300);
            var queued = java.util.concurrent.CompletableFuture.supplyAsync(() -> as("10.0.0.1", expensive));
            Thread.sleep(300);
            var person = as("10.0.0.2", s.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")));
            assertEquals(200, person.statusCode(), person.body());
            // Observed, not timed: the person's query ran before the flood's queued one had finished (FIFO: after).
            assertTrue(!queued.isDone(), "the person waited behind the flood's queued query");
            assertEquals(503, running.get().statusCode());
            assertEquals(503, queued.get().statusCode());
        }
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        try (var s = server(Set.of())) {
            // Every request claims another address: without a trusted proxy the connection's address counts.
            floodUntilRefused(s, null, true);
        }
    }

    @Test
    void theClientIsTheNearestUntrustedForwardedAddress() {
        var budget = new ClientBudget(new ClientBudget.Settings(Duration.ofSeconds(60), Set.of("127.0.0.1", "10.0.0.5")));
        assertEquals("203.0.113.9", budget.client("127.0.0.1", "198.51.100.1, 203.0.113.9, 10.0.0.5"));
        assertEquals("192.0.2.7", budget.client("192.0.2.7", "203.0.113.9"), "an untrusted connection's header is ignored");
        assertEquals("127.0.0.1", budget.client("127.0.0.1", null));
    }
}
