package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.load.Loader;
import org.refoulementkg.load.Sources;
import org.refoulementkg.store.DataVersion;
import org.refoulementkg.store.Publisher;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.web.WebApp;
import org.refoulementkg.web.http.ClientBudget;

/** The exact answer cache of /sparql, over HTTP on the real server: what is kept, for which version, and what never is. */
class ResultCacheTest {
    static final String JSON = "application/sparql-results+json";
    static final String PERSONS = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/refoulement-kg/ontology#Person> }";

    static WebApp.Settings settings(Duration timeout, Path home, ResultCache.Settings cache, QueryLimits limits) {
        return new WebApp.Settings(timeout, home).withLimits(limits).withBudget(new ClientBudget.Settings(Duration.ZERO, Set.of()))
                .withResultCache(cache);
    }

    static RunningServer server(ResultCache.Settings cache, QueryLimits limits) {
        return RunningServer.start(Fixtures.store(), settings(Duration.ofSeconds(10), Fixtures.FIXTURE, cache, limits));
    }

    static HttpResponse<String> get(String base, String query, String accept, String... headers) {
        var b = HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + Http.q(query))).GET().timeout(Duration.ofSeconds(60)).header("Accept", accept);
        if (headers.length > 0) b.headers(headers);
        return Http.send(b.build());
    }

    static Optional<String> xCache(HttpResponse<?> r) { return r.headers().firstValue(SparqlHandler.X_CACHE); }

    @Test
    void aSecondIdenticalQueryIsAHitWithTheSameBodyAndTheSameTextDifferentlySpacedToo() {
        try (var s = server(ResultCache.Settings.DEFAULT, QueryLimits.DEFAULT)) {
            String base = s.url("");
            var first = get(base, PERSONS, JSON);
            assertEquals(200, first.statusCode(), first.body());
            assertEquals(Optional.of("miss"), xCache(first));
            var second = get(base, PERSONS, JSON);
            assertEquals(Optional.of("hit"), xCache(second));
            assertEquals(first.body(), second.body());
            assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
            var respaced = get(base, "# the same question\n" + PERSONS.replace(" ", "\n  "), JSON);
            assertEquals(Optional.of("hit"), xCache(respaced), "normalised: comments and spacing do not matter");
            assertEquals(first.body(), respaced.body());
            var fresh = get(base, PERSONS, JSON, "Cache-Control", "no-cache");
            assertEquals(Optional.of("miss"), xCache(fresh), "a client's no-cache computes the answer afresh");
            assertEquals(first.body(), fresh.body());
        }
    }

    @Test
    void eachFormatHasItsOwnEntry() {
        try (var s = server(ResultCache.Settings.DEFAULT, QueryLimits.DEFAULT)) {
            String base = s.url("");
            var json = get(base, PERSONS, JSON);
            var csv = get(base, PERSONS, "text/csv");
            assertEquals(Optional.of("miss"), xCache(csv), "another format is another answer");
            assertNotEquals(json.body(), csv.body());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
            var csvAgain = get(base, PERSONS, "text/csv");
            assertEquals(Optional.of("hit"), xCache(csvAgain));
            assertEquals(csv.body(), csvAgain.body());
            assertEquals(json.body(), get(base, PERSONS, JSON).body());
        }
    }

    @Test
    void afterAReloadWithChangedDataTheOldAnswerIsNotServed(@TempDir Path tmp) throws Exception {
        Path home = Fixtures.copy(Fixtures.FIXTURE, tmp.resolve("home"));
        try (var kg = Fixtures.freshStore()) {
            var publisher = new Publisher(kg, new Loader(Sources.in(home), true));
            publisher.ensureCurrent(System.out);
            var app = WebApp.create(kg, settings(Duration.ofSeconds(10), home, ResultCache.Settings.DEFAULT, QueryLimits.DEFAULT),
                    new WebApp.Operator("s3cret", publisher)).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                var before = get(base, PERSONS, "text/csv");
                assertEquals(Optional.of("hit"), xCache(get(base, PERSONS, "text/csv")));
                Files.writeString(home.resolve("data/new.ttl"), Fixtures.ZOE);
                var reload = Http.send(HttpRequest.newBuilder(URI.create(base + "/admin/reload")).POST(HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", "Bearer s3cret").build());
                assertEquals(200, reload.statusCode(), reload.body());
                var after = get(base, PERSONS, "text/csv");
                assertEquals(Optional.of("miss"), xCache(after), "a new version of the data");
                assertEquals(count(before.body()) + 1, count(after.body()), after.body());
                assertEquals(after.body(), get(base, PERSONS, "text/csv").body());
            } finally {
                app.stop();
            }
        }
    }

    private static long count(String csv) { return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip()); }

    @Test
    void anAnswerStoppedByALimitOrTheTimeoutIsNeverKept() {
        try (var s = RunningServer.start(Fixtures.store(), settings(Duration.ofSeconds(2), Fixtures.FIXTURE, ResultCache.Settings.DEFAULT,
                QueryLimits.DEFAULT.withGroups(2)))) {
            String base = s.url("");
            String grouped = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p";
            for (int i = 0; i < 2; i++) {
                var r = get(base, grouped, JSON);
                assertEquals(503, r.statusCode(), r.body());
                assertEquals(Optional.of("miss"), xCache(r), "run " + (i + 1) + ": a refused answer is not kept");
            }
            for (int i = 0; i < 2; i++) {
                var r = get(base, ResultCacheTest.EXPENSIVE, JSON);
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.body().contains("timed out"), r.body());
                assertEquals(Optional.of("miss"), xCache(r), "run " + (i + 1) + ": a timed-out answer is not kept");
            }
        }
    }

    static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p . ?q ?r ?s }";

    @Test
    void anAnswerThatStreamedIsNotKept() {
        // Held back at most 1,000 bytes: a larger answer streams, and a streamed answer might yet be cut.
        try (var s = server(ResultCache.Settings.DEFAULT, QueryLimits.DEFAULT.with("buffer-bytes", 1000))) {
            String base = s.url("");
            String all = "SELECT * WHERE { ?s ?p ?o }";
            var first = get(base, all, JSON);
            assertEquals(200, first.statusCode());
            assertTrue(first.body().length() > 1000, "the fixture's triples are more than the buffer");
            var second = get(base, all, JSON);
            assertEquals(Optional.of("miss"), xCache(second));
            assertEquals(first.body(), second.body());
        }
    }

    @Test
    void anAnswerAboveTheEntryBoundIsAnsweredButNotKept() {
        try (var s = server(new ResultCache.Settings(1024 * 1024, 400), QueryLimits.DEFAULT)) {
            String base = s.url("");
            String big = "SELECT * WHERE { ?s ?p ?o } LIMIT 50";
            var first = get(base, big, JSON);
            assertTrue(first.body().length() > 400, first.body());
            assertEquals(Optional.of("miss"), xCache(get(base, big, JSON)), "larger than an entry may be");
            get(base, "ASK { ?s ?p ?o }", JSON);
            assertEquals(Optional.of("hit"), xCache(get(base, "ASK { ?s ?p ?o }", JSON)), "a small one is kept");
        }
    }

    @Test
    void withTheCacheOffNothingIsKeptAndNoHeaderClaimsOtherwise() {
        try (var s = server(ResultCache.Settings.OFF, QueryLimits.DEFAULT)) {
            var first = get(s.url(""), PERSONS, JSON);
            var second = get(s.url(""), PERSONS, JSON);
            assertEquals(first.body(), second.body());
            assertFalse(xCache(second).isPresent(), second.headers().toString());
        }
    }

    @Test
    void theBytesKeptStayWithinTheBoundTheLeastRecentlyUsedGoingFirst() {
        var cache = new ResultCache(new ResultCache.Settings(10_000, 4_000));
        ResultCache.Key a = key("v1", "a"), b = key("v1", "b"), c = key("v1", "c");
        assertTrue(cache.put(a, new byte[3_000]));
        assertTrue(cache.put(b, new byte[3_000]));
        cache.get(a); // a used after b
        assertTrue(cache.put(c, new byte[3_900]));
        assertTrue(cache.bytes() <= 10_000, "kept " + cache.bytes());
        assertNull(cache.get(b), "the least recently used went");
        assertEquals(3_000, cache.get(a).length);
        assertFalse(cache.put(key("v1", "d"), new byte[4_001]), "above the entry bound");
        assertTrue(cache.put(key("v2", "a"), new byte[10]));
        assertNull(cache.get(a), "a newer version's answer clears the older ones");
        assertEquals(1, cache.size());
    }

    private static ResultCache.Key key(String version, String query) { return new ResultCache.Key(new DataVersion(version, Optional.empty()), query, JSON, "limits"); }
}
