package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.web.WebApp;
import org.refoulementkg.web.http.ClientBudget;

/**
 * 64 clients at once, mixing SPARQL queries and page views on the real data for a bounded time: zero 5xx,
 * and every answer equal to what a single client gets.
 */
@Tag("slow")
class ConcurrencyTest {
    static final int CLIENTS = 64;
    static final int REQUESTS_PER_CLIENT = 12;

    @Test
    void sixtyFourClientsGetTheSingleClientAnswers() throws Exception {
        // 64 clients from one address: the per-client budget (FairSharingTest) would count them as one.
        var settings = new WebApp.Settings(Duration.ofSeconds(30), Fixtures.PROJECT).withBudget(new ClientBudget.Settings(Duration.ZERO, Set.of()));
        try (var server = RunningServer.start(ProjectData.store(), settings)) {
            List<String[]> requests = List.of(
                    sparql(Prefixes.sparql("rkg") + "SELECT ?t ?p WHERE { ?t a rkg:Transfer ; rkg:person ?p }"),
                    sparql(Prefixes.sparql("rkg") + "SELECT ?c (COUNT(?e) AS ?n) WHERE { ?c a rkg:CaseStudy ; rkg:person ?p . ?e rkg:person ?p } GROUP BY ?c"),
                    sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                    page("/id/person/daoud-muradov"), page("/id/person/magomed-gadaev"), page("/id/state/france"),
                    page("/id/footnote/54"), page("/"), page("/browse/cases"),
                    new String[] {"/search?q=" + Http.q("Baiduev"), "application/json"});
            Map<String, Object> single = new HashMap<>();
            for (String[] r : requests) single.put(r[0], answer(server, r));

            var failures = new ConcurrentLinkedQueue<String>();
            var served = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos(); // a bound on the run, not a speed test
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c);
                pool.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_CLIENT && System.nanoTime() < deadline; i++) {
                        String[] r = requests.get(random.nextInt(requests.size()));
                        try {
                            Object got = answer(server, r);
                            if (!got.equals(single.get(r[0]))) failures.add("different answer for " + r[0]);
                            served.incrementAndGet();
                        } catch (Throwable t) {
                            failures.add(r[0] + ": " + t.getMessage());
                        }
                    }
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "clients did not finish");
            assertEquals(List.of(), new ArrayList<>(failures));
            assertTrue(served.get() >= CLIENTS * 4, "served only " + served.get());
        }
    }

    private static String[] sparql(String q) { return new String[] {"/sparql?query=" + Http.q(q), "application/sparql-results+json"}; }
    private static String[] page(String p) { return new String[] {p, "text/html"}; }

    /** The comparable answer; a 5xx (or any non-200) fails the request. */
    private static Object answer(RunningServer server, String[] r) {
        var resp = Http.get(server.url(r[0]), r[1]);
        if (resp.statusCode() != 200) throw new AssertionError("status " + resp.statusCode());
        return r[1].equals("application/sparql-results+json") ? Answers.rows(resp.body(), ResultSetLang.RS_JSON) : resp.body();
    }
}
