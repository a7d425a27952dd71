package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.load.Loader;
import org.refoulementkg.load.Sources;
import org.refoulementkg.store.Publisher;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.web.WebApp;

import com.sun.net.httpserver.HttpServer;

/** The public face is read-only and keeps to itself: size limits, no fetching, security headers, operator token. */
class PublicFaceTest {

    @Test
    void oversizedRequestsAreRefusedWith4xx() {
        try (var server = RunningServer.onFixture(Duration.ofSeconds(10))) {
            String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(1_200_000);
            // Expect: 100-continue, as curl sends with a large body: the refusal comes before the body is sent. Without
            // it the server answers and closes while the client is still sending, and the client may see no answer.
            var post = Http.send(HttpRequest.newBuilder(URI.create(server.url("/sparql"))).timeout(Duration.ofSeconds(60)).expectContinue(true)
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)).build());
            assertEquals(413, post.statusCode(), post.body());
            var get = Http.get(server.url("/sparql?query=" + "x".repeat(300_000)), null);
            assertTrue(get.statusCode() >= 400 && get.statusCode() < 500, "status " + get.statusCode());
            assertEquals(200, Http.get(server.url("/health"), null).statusCode(), "still answering");
        }
    }

    @Test
    void fromAndFromNamedNeverFetchAnything() throws Exception {
        int hits = trapHits((server, trapBase) -> {
            String trapUrl = trapBase + "/data.ttl";
            for (String q : new String[] {
                    "SELECT * FROM <" + trapUrl + "> WHERE { ?s ?p ?o }",
                    "SELECT * FROM NAMED <" + trapUrl + "> WHERE { GRAPH ?g { ?s ?p ?o } }",
                    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"}) {
                var r = Http.get(server.url("/sparql?query=" + Http.q(q)), "application/sparql-results+json");
                assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
                assertFalse(r.body().contains("root:"), "no local file content");
            }
            var viaProtocol = Http.get(server.url("/sparql?query=" + Http.q("SELECT * WHERE { ?s ?p ?o }") + "&default-graph-uri=" + Http.q(trapUrl)), "application/sparql-results+json");
            assertEquals(200, viaProtocol.statusCode());
        });
        assertEquals(0, hits, "the server fetched a remote graph");
    }

    @Test
    void serviceHiddenAnywhereInAQueryNeverCallsOut() throws Exception {
        int hits = trapHits((server, trapBase) -> {
            String s = "SERVICE <" + trapBase + "/sparql> { ?a ?b ?c }";
            for (String q : new String[] {
                    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { " + s + " } }",
                    "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { " + s + " } }",
                    "SELECT * WHERE { { SELECT * WHERE { " + s + " } } }",
                    "SELECT * WHERE { ?s ?p ?o OPTIONAL { " + s + " } }",
                    "SELECT * WHERE { ?s ?p ?o MINUS { " + s + " } }",
                    "SELECT (EXISTS { " + s + " } AS ?x) WHERE { ?s ?p ?o }",
                    "ASK { BIND(NOT EXISTS { " + s + " } AS ?x) }"}) {
                var r = Http.get(server.url("/sparql?query=" + Http.q(q)), "application/sparql-results+json");
                assertEquals(400, r.statusCode(), q + " → " + r.statusCode() + " " + r.body());
                assertTrue(r.body().contains("SERVICE"), r.body());
            }
        });
        assertEquals(0, hits, "the server called out to a SERVICE");
    }

    @Test
    void securityHeadersOnPagesAndData() {
        try (var server = RunningServer.onFixture(Duration.ofSeconds(10))) {
            for (String path : new String[] {"/", "/id/person/alice", "/sparql", "/search?q=alice", "/id/nobody"}) {
                var r = Http.get(server.url(path), "text/html");
                var h = r.headers();
                assertTrue(h.firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
                assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
                assertEquals("no-referrer", h.firstValue("Referrer-Policy").orElse(""), path);
                assertFalse(r.body().contains("Exception"), path);
            }
        }
    }

    @Test
    void operatorReloadNeedsTheConfiguredToken(@TempDir Path tmp) throws Exception {
        Path home = Fixtures.copy(Fixtures.FIXTURE, tmp.resolve("home"));
        try (var kg = Fixtures.freshStore()) {
            try (var closed = RunningServer.start(kg, Duration.ofSeconds(10))) {
                assertEquals(403, post(closed.url("/admin/reload"), null).statusCode(), "disabled without a configured token");
            }
            var publisher = new Publisher(kg, new Loader(Sources.in(home), true));
            var app = WebApp.create(kg, new WebApp.Settings(Duration.ofSeconds(10), home), new WebApp.Operator("s3cret", publisher)).start("127.0.0.1", 0);
            try {
                String url = "http://127.0.0.1:" + app.port() + "/admin/reload";
                var none = post(url, null);
                assertEquals(401, none.statusCode());
                assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
                assertEquals(403, post(url, "wrong").statusCode());

                Files.writeString(home.resolve("data/new.ttl"), Fixtures.ZOE);
                var ok = post(url, "s3cret");
                assertEquals(200, ok.statusCode(), ok.body());
                var zoe = Http.get("http://127.0.0.1:" + app.port() + "/id/person/zoe", "text/turtle");
                assertEquals(200, zoe.statusCode());

                Files.writeString(home.resolve("data/broken.ttl"), "this is not turtle");
                var bad = post(url, "s3cret");
                assertEquals(422, bad.statusCode());
                assertTrue(bad.body().contains("broken.ttl:1"), bad.body());
                assertEquals(200, Http.get("http://127.0.0.1:" + app.port() + "/id/person/zoe", "text/turtle").statusCode(), "nothing lost");
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> post(String url, String token) {
        var b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) b.header("Authorization", "Bearer " + token);
        return Http.send(b.build());
    }


    /**
     * Runs {@code probe} against a server on the fixture, with the base URL of a local HTTP server that counts every
     * request; returns that count (the server under test must never call it).
     */
    private static int trapHits(BiConsumer<RunningServer, String> probe) throws IOException {
        var hits = new AtomicInteger();
        HttpServer trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", ex -> { hits.incrementAndGet(); ex.sendResponseHeaders(200, -1); ex.close(); });
        trap.start();
        try (var server = RunningServer.onFixture(Duration.ofSeconds(10))) {
            probe.accept(server, "http://127.0.0.1:" + trap.getAddress().getPort());
        } finally {
            trap.stop(0);
        }
        return hits.get();
    }
}
