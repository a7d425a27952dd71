package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;

/** Refusals a person can act on, and public answers that tell nothing of the server's disk or code. */
class LeaksTest {
    static final String HERE = Path.of("").toAbsolutePath().toString();

    static void revealsNothing(HttpResponse<String> r, Path store) {
        String body = r.body();
        for (String secret : List.of(store.toString(), HERE, "\tat ", "Exception", "java.lang", "null"))
            assertFalse(body.contains(secret), "'" + secret + "' in " + r.uri() + ": " + body);
    }

    @Test
    void healthServiceDescriptionAndErrorsNameNoPathAndNoStackTrace(@TempDir Path tmp) {
        Path store = tmp.resolve("var").toAbsolutePath();
        try (var kg = KnowledgeGraph.embedded(store)) {
            kg.publish(Fixtures.publication());
            try (var server = RunningServer.start(kg, Duration.ofSeconds(5), Fixtures.FIXTURE)) {
                var health = Http.get(server.url("/health"), null);
                assertEquals(200, health.statusCode());
                assertTrue(health.body().contains("\"store\":\"TDB2\""), health.body());
                revealsNothing(health, store);
                revealsNothing(Http.get(server.url("/sparql"), "text/turtle"), store);
                for (String accept : new String[] {"text/html", "text/plain", "application/sparql-results+json"}) {
                    revealsNothing(Http.get(server.url("/sparql?query=" + Http.q("SELEKT *")), accept), store);
                    revealsNothing(Http.get(server.url("/id/person/nobody"), accept), store);
                    revealsNothing(Http.get(server.url("/sparql?query=" + Http.q("SELECT * WHERE { ?s ?p ?o } ORDER BY")), accept), store);
                }
            }
        }
    }

    @Test
    void deeplyNestedQueriesGetAnActionableRefusal() {
        try (var server = RunningServer.onFixture(Duration.ofSeconds(5))) {
            for (String q : List.of(
                    "SELECT * WHERE " + "{".repeat(5000) + "?s ?p ?o" + "}".repeat(5000),
                    "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(5000) + "true" + ")".repeat(5000) + ") }",
                    "ASK { " + "OPTIONAL { ".repeat(3000) + "?s ?p ?o" + " }".repeat(3000) + " }")) {
                var r = Http.postBody(server.url("/sparql"), "application/sparql-query", q, "application/sparql-results+json");
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains("nests too deeply"), r.body());
                assertFalse(r.body().contains("null"), r.body());
            }
            assertEquals(200, Http.get(server.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")), "application/sparql-results+json").statusCode());
        }
    }
}
