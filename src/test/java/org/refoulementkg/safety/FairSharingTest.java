package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
