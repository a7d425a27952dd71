package org.refoulementkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.refoulementkg.vocab.RKG;

/**
 * A server under test, as the benchmark asks it things: a SPARQL query over the protocol (GET), and an
 * entity lookup — on our server the resource's own URL ({@code /id/…}, as HTML or Turtle), on Fuseki the
 * CONSTRUCT query that gives the same triples as our Turtle answer ({@link EntityQueries#forData}).
 */
interface Target {
    Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    String name();

    HttpRequest query(String sparql, String accept);

    /** Looks up a resource; {@code html} only where the server has pages (ours). */
    HttpRequest entity(String iri, boolean html);

    /** Our server: the SPARQL endpoint at /sparql, entity pages at /id/…. */
    record Ours(int port) implements Target {
        public String name() { return "ours"; }

        public HttpRequest query(String sparql, String accept) {
            return get("http://127.0.0.1:" + port + "/sparql?query=" + enc(sparql), accept);
        }

        public HttpRequest entity(String iri, boolean html) {
            if (!iri.startsWith(RKG.ID)) throw new IllegalArgumentException("not one of ours: " + iri);
            return get("http://127.0.0.1:" + port + "/id/" + iri.substring(RKG.ID.length()), html ? "text/html" : "text/turtle");
        }
    }

    /** Fuseki serving the same TDB2 store at /ds, union default graph on. */
    record Fuseki(int port) implements Target {
        public String name() { return "fuseki"; }

        public HttpRequest query(String sparql, String accept) {
            return get("http://127.0.0.1:" + port + "/ds/sparql?query=" + enc(sparql), accept);
        }

        public HttpRequest entity(String iri, boolean html) {
            return query(EntityQueries.forData(iri), "text/turtle");
        }
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).GET().timeout(REQUEST_TIMEOUT).header("Accept", accept).build();
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
