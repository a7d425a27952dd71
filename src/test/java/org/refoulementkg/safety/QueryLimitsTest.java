package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.refoulementkg.support.CliRun;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.web.WebApp;
import org.refoulementkg.web.http.ClientBudget;
import org.refoulementkg.web.sparql.QueryLimits;

/** Each named limit of {@link QueryLimits}, tightened so that the small fixture crosses it. */
class QueryLimitsTest {
    static final String JSON = "application/sparql-results+json";
    static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p . ?q ?r ?s }";

    static RunningServer server(Duration timeout, QueryLimits limits) {
        // No per-client budget or turns: these tests are about what one query may build (FairSharingTest: the rest).
        return RunningServer.start(Fixtures.store(), new WebApp.Settings(timeout, Fixtures.FIXTURE).withLimits(limits)
                .withBudget(new ClientBudget.Settings(Duration.ZERO, Set.of())));
    }

    static HttpResponse<String> ask(RunningServer s, String query) {
        return Http.postForm(s.url("/sparql"), Map.of("query", query), JSON + ", text/turtle;q=0.9");
    }

    @Test
    void queriesBeyondTheRunningLimitWaitInOrderAndAreRefusedWhenTheyCannotStartInTime() throws Exception {
        try (var s = server(Duration.ofSeconds(2), QueryLimits.DEFAULT.withRunning(1))) {
            var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
            for (int i = 0; i < 3; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> ask(s, EXPENSIVE)));
                Thread.sleep(100); // arrive in order
            }
            List<String> bodies = new ArrayList<>();
            for (var a : answers) {
                assertEquals(503, a.get().statusCode(), a.get().body());
                bodies.add(a.get().body());
            }
            // One runs until the timeout; the next waits its turn and runs; the third cannot start in time.
            assertTrue(bodies.stream().anyMatch(b -> b.contains("timed out")), bodies.toString());
            assertTrue(bodies.stream().anyMatch(b -> b.contains("busy") && b.contains("1 run at once")), bodies.toString());
        }
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedNamingIt() {
        try (var s = server(Duration.ofSeconds(10), QueryLimits.DEFAULT.withAnswerBytes(20_000))) {
            var big = ask(s, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }");
            assertEquals(503, big.statusCode(), big.body());
            assertTrue(big.body().contains("20000 bytes"), big.body());
            assertEquals(200, ask(s, "SELECT * WHERE { ?a ?b ?c } LIMIT 5").statusCode());
        }
    }

    @Test
    void aGraphAnswerLargerThanTheLimitIsRefusedNamingIt() {
        try (var s = server(Duration.ofSeconds(10), QueryLimits.DEFAULT.withGraphTriples(1000))) {
            var big = ask(s, "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }");
            assertEquals(503, big.statusCode(), big.body());
            assertTrue(big.body().contains("1000 triples"), big.body());
            assertEquals(200, ask(s, "CONSTRUCT WHERE { ?a ?b ?c } LIMIT 5").statusCode());
        }
    }

    @Test
    void stringAggregatesAndGroupsStopAtTheirLimitsAndSmallerOnesAnswer() {
        try (var s = server(Duration.ofSeconds(10), QueryLimits.DEFAULT.withAggregateChars(10_000).withGroups(500))) {
            var concat = ask(s, "SELECT (GROUP_CONCAT(?c) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f }");
            assertEquals(503, concat.statusCode(), concat.body());
            assertTrue(concat.body().contains("10000 characters"), concat.body());
            // In a subquery too, and without any aggregate of its own.
            var groups = ask(s, "SELECT * WHERE { { SELECT ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c ?f } }");
            assertEquals(503, groups.statusCode(), groups.body());
            assertTrue(groups.body().contains("500 groups"), groups.body());
            var small = ask(s, "SELECT (GROUP_CONCAT(?p; separator='|') AS ?x) (COUNT(*) AS ?n) WHERE { ?p a ?t } GROUP BY ?t");
            assertEquals(200, small.statusCode(), small.body());
            assertTrue(small.body().contains("|"), small.body());
        }
    }

    @Test
    void theOperatorChangesLimitsByNameAndAWrongNameIsRefusedBeforeAnythingLoads() {
        assertEquals(5, QueryLimits.DEFAULT.with("groups", 5).groups());
        assertEquals(7, QueryLimits.DEFAULT.with("graph-triples", 7).graphTriples());
        var wrong = CliRun.of("serve", "--home", Fixtures.FIXTURE.toString(), "--mem", "--query-limit", "grops=5");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("no query limit 'grops'") && wrong.err().contains("groups"), wrong.err());
    }
}
