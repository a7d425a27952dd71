package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;

/**
 * A text asked again runs its prepared query ({@link PreparedQueries}), over HTTP on the real server: the same answers
 * as the first time, at once from many threads; a protocol dataset neither uses nor changes what is kept; the limits
 * still meter every run; what is refused stays refused. Every request says no-cache: each answer is computed.
 */
class PreparedQueriesTest {
    static final String JSON = "application/sparql-results+json";
    static final String FOOTNOTES_PER_PERSON = "SELECT ?p (GROUP_CONCAT(DISTINCT STR(?n); separator=' ') AS ?fns) (COUNT(*) AS ?c) "
            + "WHERE { ?p a rkg:Person . ?e rkg:person ?p ; prov:wasDerivedFrom/rkg:footnote/rkg:footnoteNumber ?n } GROUP BY ?p ORDER BY ?p";
    static final String PERSONS = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a rkg:Person }";

    static HttpResponse<String> ask(RunningServer s, String query, String params) {
        return Http.send(HttpRequest.newBuilder(URI.create(s.url("/sparql?query=" + Http.q(query) + params))).GET()
                .timeout(Duration.ofSeconds(60)).header("Accept", JSON).header("Cache-Control", "no-cache").build());
    }

    @Test
    void aTextAskedAgainGivesTheSameAnswerFromManyThreadsAtOnce() throws Exception {
        try (var s = ResultCacheTest.server(ResultCache.Settings.DEFAULT, QueryLimits.DEFAULT)) {
            var first = ask(s, FOOTNOTES_PER_PERSON, "");
            assertEquals(200, first.statusCode(), first.body());
            assertTrue(first.body().contains("\"fns\""), first.body());
            var pool = Executors.newFixedThreadPool(8);
            var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
            for (int i = 0; i < 80; i++) answers.add(CompletableFuture.supplyAsync(() -> ask(s, FOOTNOTES_PER_PERSON, ""), pool));
            for (var a : answers) {
                assertEquals(200, a.get().statusCode(), a.get().body());
                assertEquals(first.body(), a.get().body());
            }
            pool.shutdown();
        }
    }

    @Test
    void aProtocolDatasetNeitherUsesNorChangesTheKeptQuery() {
        String noGraph = "&default-graph-uri=" + Http.q(RKG.GRAPH + "no-such-graph");
        try (var s = ResultCacheTest.server(ResultCache.Settings.DEFAULT, QueryLimits.DEFAULT)) {
            var none = ask(s, PERSONS, noGraph); // first: had its dataset stuck to the text, the union would count 0 next
            var union = ask(s, PERSONS, "");
            var noneAgain = ask(s, PERSONS, noGraph); // after: the kept text must not answer for a request with a dataset
            assertEquals(200, none.statusCode(), none.body());
            assertTrue(none.body().contains("\"0\""), "nothing in a graph that does not exist: " + none.body());
            assertNotEquals(none.body(), union.body(), "the dataset of one request did not stick to the text");
            assertEquals(none.body(), noneAgain.body(), "a request's dataset is applied although the text was kept");
            assertEquals(union.body(), ask(s, PERSONS, "").body());
        }
    }

    @Test
    void everyRunOfAKeptQueryIsMeteredAgain() {
        String concat = "SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?s ?p ?o }";
        try (var s = ResultCacheTest.server(ResultCache.Settings.DEFAULT, QueryLimits.DEFAULT.withAggregateChars(1000))) {
            for (int i = 0; i < 3; i++) {
                var r = ask(s, concat, "");
                assertEquals(503, r.statusCode(), "run " + i + ": " + r.body());
                assertTrue(r.body().contains("GROUP_CONCAT"), r.body());
            }
        }
    }

    @Test
    void whatIsRefusedStaysRefusedWithItsReason() {
        try (var s = ResultCacheTest.server(ResultCache.Settings.DEFAULT, QueryLimits.DEFAULT)) {
            for (String q : List.of("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SELECT * WHERE { ?s ?p }")) {
                var first = ask(s, q, "");
                var again = ask(s, q, "");
                assertEquals(400, first.statusCode(), first.body());
                assertEquals(400, again.statusCode(), again.body());
                assertEquals(first.body(), again.body());
            }
        }
    }

    @Test
    void itKeepsABoundedNumberOfShortTexts() {
        var kept = new PreparedQueries();
        var prepared = PreparedQuery.of(QueryPolicy.parse(PERSONS));
        for (int i = 0; i < PreparedQueries.MAX_QUERIES + 50; i++) kept.remember(PERSONS + " # " + i, prepared);
        assertEquals(PreparedQueries.MAX_QUERIES, kept.size());
        assertTrue(kept.known(PERSONS + " # " + (PreparedQueries.MAX_QUERIES + 49)).isPresent(), "the latest is kept");
        assertTrue(kept.known(PERSONS + " # 0").isEmpty(), "the eldest is dropped");
        String long_ = PERSONS + " #" + "x".repeat(PreparedQueries.MAX_TEXT_CHARS);
        kept.remember(long_, prepared);
        assertTrue(kept.known(long_).isEmpty(), "a text longer than " + PreparedQueries.MAX_TEXT_CHARS + " characters is not kept");
    }
}
