package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.FusekiPeer;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.vocab.SD;

/**
 * The SPARQL 1.1 Protocol matrix — each method × each Accept × each query form — against our real server,
 * every answer parsed back with Jena in the announced format and compared with the store's own answer and
 * with a real Fuseki server's answer on the same data. Subclasses choose the store mode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProtocolMatrix {
    static final String PREFIXES = Prefixes.sparql("rkg", "rdfs");
    static final Map<String, String> QUERIES = Map.of(
            "SELECT", PREFIXES + "SELECT ?s ?label WHERE { ?s a rkg:Person ; rdfs:label ?label }",
            "ASK", PREFIXES + "ASK { ?s rkg:destination ?d }",
            "CONSTRUCT", PREFIXES + "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }",
            "DESCRIBE", "DESCRIBE <" + RKG.ID + "event/alice-deportation>");
    static final List<Lang> RESULT_LANGS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    static final List<Lang> GRAPH_LANGS = List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML);
    static final List<String> METHODS = List.of("GET", "POST form", "POST sparql-query");

    KnowledgeGraph kg;
    RunningServer server;
    FusekiPeer fuseki;

    /** The store under test, already holding the fixture; and the Fuseki peer serving the same data. */
    abstract KnowledgeGraph openStore();
    abstract FusekiPeer openFuseki();

    @BeforeAll
    void start() {
        fuseki = openFuseki();
        kg = openStore();
        server = RunningServer.start(kg, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        if (fuseki != null) fuseki.close();
    }

    @TestFactory
    Stream<DynamicTest> everyMethodAcceptAndForm() {
        var tests = new ArrayList<DynamicTest>();
        for (var form : QUERIES.entrySet()) {
            boolean graph = form.getKey().equals("CONSTRUCT") || form.getKey().equals("DESCRIBE");
            for (Lang lang : graph ? GRAPH_LANGS : RESULT_LANGS)
                for (String method : METHODS)
                    tests.add(DynamicTest.dynamicTest(form.getKey() + " × " + lang.getName() + " × " + method,
                            () -> check(form.getValue(), method, lang.getContentType().getContentTypeStr(), null, lang)));
            Lang viaParam = graph ? Lang.JSONLD : ResultSetLang.RS_TSV;
            tests.add(DynamicTest.dynamicTest(form.getKey() + " × format parameter " + viaParam.getName(),
                    () -> check(form.getValue(), "GET", "text/html;q=0.1", graph ? "jsonld" : "tsv", viaParam)));
        }
        return tests.stream();
    }

    private void check(String queryText, String method, String accept, String format, Lang expectedLang) {
        String url = server.url("/sparql") + (format == null ? "" : "?format=" + format);
        HttpResponse<String> ours = switch (method) {
            case "GET" -> Http.get(url + (format == null ? "?" : "&") + "query=" + Http.q(queryText), accept);
            case "POST form" -> Http.postForm(url, Map.of("query", queryText), accept);
            default -> Http.postBody(url, "application/sparql-query", queryText, accept);
        };
        assertEquals(200, ours.statusCode(), ours.body());
        String contentType = ours.headers().firstValue("Content-Type").orElseThrow();
        assertTrue(contentType.startsWith(expectedLang.getContentType().getContentTypeStr()), contentType);

        HttpResponse<String> theirs = Http.get(fuseki.queryEndpoint() + "?query=" + Http.q(queryText), expectedLang.getContentType().getContentTypeStr());
        assertEquals(200, theirs.statusCode(), theirs.body());
        assertSameAnswer(QueryFactory.create(queryText), ours.body(), theirs.body(), expectedLang);
    }

    /** Our answer equals the store's own answer and Fuseki's. */
    void assertSameAnswer(Query query, String ours, String fusekis, Lang lang) {
        if (query.isSelectType()) {
            var expected = kg.query(query, Duration.ofSeconds(30), qe -> Answers.copy(qe.execSelect()));
            var expectedRows = Answers.rows(expected, lang);
            assertTrue(expectedRows.size() > 1, "the fixture should give rows");
            assertEquals(expectedRows, Answers.rows(ours, lang));
            assertEquals(Answers.rows(fusekis, lang), Answers.rows(ours, lang));
        } else if (query.isAskType()) {
            boolean expected = kg.query(query, Duration.ofSeconds(30), qe -> qe.execAsk());
            assertEquals(expected, Answers.ask(ours, lang));
            assertEquals(Answers.ask(fusekis, lang), Answers.ask(ours, lang));
        } else {
            var expected = kg.query(query, Duration.ofSeconds(30), qe -> query.isConstructType() ? qe.execConstruct().getGraph() : qe.execDescribe().getGraph());
            assertTrue(expected.size() > 0, "the fixture should give triples");
            var got = Answers.graph(ours, lang);
            assertTrue(expected.isIsomorphicWith(got), "answer differs from the store's");
            assertTrue(Answers.graph(fusekis, lang).isIsomorphicWith(got), "answer differs from Fuseki's");
        }
    }

    @Test
    void defaultGraphUriRestrictsTheDefaultGraph() {
        String q = PREFIXES + "SELECT ?s WHERE { ?s a rkg:Person }";
        String params = "?query=" + Http.q(q) + "&default-graph-uri=" + Http.q(RKG.GRAPH + "people");
        var ours = Http.get(server.url("/sparql") + params, "application/sparql-results+json");
        var theirs = Http.get(fuseki.queryEndpoint() + params, "application/sparql-results+json");
        List<String> rows = Answers.rows(ours.body(), ResultSetLang.RS_JSON);
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Answers.rows(theirs.body(), ResultSetLang.RS_JSON), rows);
    }

    @Test
    void namedGraphUriChoosesTheNamedGraphs() {
        String q = PREFIXES + "SELECT ?g ?s WHERE { GRAPH ?g { ?s a rkg:Person } }";
        var ours = Http.postForm(server.url("/sparql"), Map.of("query", q, "named-graph-uri", RKG.GRAPH + "extra-named"), "application/sparql-results+json");
        List<String> rows = Answers.rows(ours.body(), ResultSetLang.RS_JSON);
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("person/dave"), rows.toString());
    }

    @Test
    void qValuesAreHonoured() {
        String q = QUERIES.get("SELECT");
        var r = Http.get(server.url("/sparql?query=" + Http.q(q)), "text/csv;q=0.5, application/sparql-results+xml;q=0.9, */*;q=0.1");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
        var g = Http.get(server.url("/sparql?query=" + Http.q(QUERIES.get("CONSTRUCT"))), "application/rdf+xml;q=0.2, application/n-triples");
        assertTrue(g.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    }

    @Test
    void unsupportedAcceptIs406() {
        var r = Http.get(server.url("/sparql?query=" + Http.q(QUERIES.get("SELECT"))), "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("application/sparql-results+json"), r.body());
    }

    @Test
    void malformedQueryIs400WithTheParsersMessage() {
        var r = Http.get(server.url("/sparql?query=" + Http.q("SELECT * WHERE { ?s ?p }")), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") && r.body().contains("line 1"), r.body());
        assertTrue(!r.body().contains("at org."), "no stack trace: " + r.body());
    }

    @Test
    void updatesAreRefused() {
        var form = Http.postForm(server.url("/sparql"), Map.of("update", "LOAD <file:///etc/passwd>"), null);
        assertEquals(403, form.statusCode());
        var body = Http.postBody(server.url("/sparql"), "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", null);
        assertEquals(403, body.statusCode());
        assertTrue(body.body().contains("read-only"));
        var still = Http.get(server.url("/sparql?query=" + Http.q("ASK { <urn:a> <urn:b> <urn:c> }")), "application/sparql-results+json");
        assertTrue(!Answers.ask(still.body(), ResultSetLang.RS_JSON), "nothing was inserted");
    }

    @Test
    void serviceIsRefused() {
        var r = Http.get(server.url("/sparql?query=" + Http.q("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void corsAllowsBrowserTools() {
        var req = HttpRequest.newBuilder(URI.create(server.url("/sparql?query=" + Http.q(QUERIES.get("ASK")))))
                .header("Origin", "http://yasgui.example").GET().build();
        var r = Http.send(req);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }

    @Test
    void healthAndServiceDescription() {
        var h = Http.get(server.url("/health"), null);
        assertEquals(200, h.statusCode());
        assertTrue(h.body().contains("\"status\":\"ok\""), h.body());
        var sd = Http.get(server.url("/sparql"), "text/turtle");
        assertEquals(200, sd.statusCode());
        var g = Answers.graph(sd.body(), RDFLanguages.TURTLE);
        assertTrue(g.find(null, SD.endpoint.asNode(), null).hasNext());
        var page = Http.get(server.url("/sparql"), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }
}
