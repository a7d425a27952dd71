package org.refoulementkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.query.QueryFactory;
import org.refoulementkg.store.Rdf11Queries;
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

    /**
     * Our server: the SPARQL endpoint at /sparql, entity pages at /id/…. {@code fresh}: every query with
     * {@code Cache-Control: no-cache}, so that it is computed, never answered from the result cache.
     */
    record Ours(int port, boolean fresh) implements Target {
        Ours(int port) { this(port, false); }

        public String name() { return fresh ? "ours-cold" : "ours"; }

        /** The same server, its queries computed afresh. */
        Ours cold() { return new Ours(port, true); }

        public HttpRequest query(String sparql, String accept) {
            var b = builder("http://127.0.0.1:" + port + "/sparql?query=" + enc(sparql), accept).GET();
            if (fresh) b.header("Cache-Control", "no-cache");
            return b.build();
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

    /**
     * Virtuoso 7 serving the same quads (without the RDF 1.2 triple terms) at /sparql, over the union of its graphs: each
     * query as our remote mode sends it there ({@link Rdf11Queries#rewrite}), as an HTML form POST (Virtuoso never ends
     * its answer to a POST of application/sparql-query); a lookup is the entity template, rewritten, then bound.
     */
    record Virtuoso(int port) implements Target {
        public String name() { return "virtuoso"; }

        public HttpRequest query(String sparql, String accept) {
            return form(Rdf11Queries.rewrite(QueryFactory.create(sparql)).serialize(), accept);
        }

        public HttpRequest entity(String iri, boolean html) {
            return form(EntityQueries.forVirtuoso(iri), "text/turtle");
        }

        private HttpRequest form(String sparql, String accept) {
            return builder("http://127.0.0.1:" + port + "/sparql", accept).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(sparql))).build();
        }
    }

    private static HttpRequest get(String url, String accept) { return builder(url, accept).GET().build(); }

    private static HttpRequest.Builder builder(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).header("Accept", accept);
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
