package org.refoulementkg.web.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.FusekiPeer;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.vocab.SD;

/**
 * {@code /ontology}, the VoID description and the dumps, on the fixture data, answered over HTTP and parsed
 * back with Jena; every count is checked against a COUNT query on the store. Subclasses choose the store mode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatasetPagesContract {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        private static final HttpClient CLIENT = HttpClient.newHttpClient();

    KnowledgeGraph kg;
    RunningServer server;
    FusekiPeer fuseki;

    /** The store under test, holding the fixture (published, so that it has a fingerprint). */
    abstract KnowledgeGraph openStore();

    @BeforeAll void start() {
        kg = openStore();
        server = RunningServer.start(kg, Duration.ofSeconds(30));
    }

    @AfterAll void stop() {
        if (server != null) server.close();
        if (fuseki != null) fuseki.close();
    }

    long count(String select) {
        return kg.query(QueryFactory.create(select), Duration.ofSeconds(10), qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    long quadCount() { return count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"); }

    // ---- /ontology -------------------------------------------------------------------------------------

    @Test void ontologyHtmlListsTheFixtureClassesWithAnchorsAndCounts() {
        for (String accept : new String[] {BROWSER, null, "*/*"}) {
            var r = Http.get(server.url("/ontology"), accept);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), String.valueOf(accept));
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        }
        String html = Http.get(server.url("/ontology"), BROWSER).body();
        assertTrue(html.contains("<section class=\"term\" id=\"Person\"><h3>Person <span class=\"iri\">rkg:Person</span></h3><p>A person.</p>"), html);
        assertTrue(html.contains("<section class=\"term\" id=\"Transfer\"><h3>Transfer"));
        assertTrue(html.contains("Sending a person out of a state."));
        assertTrue(html.contains("<a href=\"#Transfer\">Transfer</a>"), "table of contents");
        // Person: alice, bob, carol, dave; Transfer: alice's deportation. Each count links to a query listing them.
        assertTrue(html.matches("(?s).*id=\"Person\".*Instances in the data</th><td><a href=\"/sparql\\?query=[^\"]+\">4</a>.*"), html);
        assertTrue(html.matches("(?s).*id=\"Transfer\".*Instances in the data</th><td><a href=\"/sparql\\?query=[^\"]+\">1</a>.*"));
        assertFalse(html.contains("NodeShape"), "the SHACL shapes are not the vocabulary");
    }

    @Test void ontologyAsTurtleIsTheVocabularyGraph() {
        var r = Http.get(server.url("/ontology"), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph served = Answers.graph(r.body(), Lang.TURTLE);
        Graph file = RDFDataMgr.loadGraph(Fixtures.FIXTURE.resolve("ontology/vocab.ttl").toString());
        assertTrue(served.isIsomorphicWith(file), "the vocabulary graph, without the shapes: " + r.body());

        for (String[] f : new String[][] {{"jsonld", "application/ld+json"}, {"rdfxml", "application/rdf+xml"}, {"ntriples", "application/n-triples"}}) {
            var alt = Http.get(server.url("/ontology?format=" + f[0]), BROWSER);
            assertEquals(200, alt.statusCode(), f[0]);
            assertTrue(alt.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), f[0]);
            Lang lang = RDFLanguages.contentTypeToLang(f[1]);
            assertTrue(Answers.graph(alt.body(), lang).isIsomorphicWith(file), f[0]);
        }
        assertEquals(406, Http.get(server.url("/ontology"), "image/png").statusCode());
    }

    // ---- VoID ------------------------------------------------------------------------------------------

    Model voidModel(String path, String accept) {
        var r = Http.get(server.url(path), accept);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), path);
        return ModelFactory.createModelForGraph(Answers.graph(r.body(), Lang.TURTLE));
    }

    @Test void voidCountsAreTheStoreCounts() {
        Model m = voidModel("/.well-known/void", null);
        Resource ds = m.getResource(RKG.dataset.getURI());
        assertTrue(ds.hasProperty(RDF.type, m.getResource(VOID.NS + "Dataset")));
        assertTrue(ds.hasProperty(RDF.type, m.getResource(DCAT.NS + "Dataset")));

        long triples = ds.getRequiredProperty(m.getProperty(VOID.NS + "triples")).getLong();
        assertEquals(quadCount(), triples);
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"" + RKG.ID + "\")) }"),
                ds.getRequiredProperty(m.getProperty(VOID.NS + "entities")).getLong());

        long sum = 0;
        for (var it = ds.listProperties(m.getProperty(VOID.NS + "propertyPartition")); it.hasNext(); ) {
            Resource part = it.next().getResource();
            String p = part.getPropertyResourceValue(m.getProperty(VOID.NS + "property")).getURI();
            long n = part.getRequiredProperty(m.getProperty(VOID.NS + "triples")).getLong();
            assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <" + p + "> ?o } }"), n, p);
            sum += n;
        }
        assertEquals(triples, sum, "the property partitions add up to the triples");

        long persons = -1;
        for (var it = ds.listProperties(m.getProperty(VOID.NS + "classPartition")); it.hasNext(); ) {
            Resource part = it.next().getResource();
            if (part.hasProperty(m.getProperty(VOID.NS + "class"), m.getResource(RKG.NS + "Person")))
                persons = part.getRequiredProperty(m.getProperty(VOID.NS + "entities")).getLong();
        }
        assertEquals(4, persons, "alice, bob, carol, dave");
    }

    @Test void voidSaysWhatWhereAndUnderWhichLicence() {
        Model m = voidModel("/void", "text/turtle");
        Resource ds = m.getResource(RKG.dataset.getURI());
        String origin = server.url("");
        assertTrue(ds.hasProperty(DCTerms.title));
        assertTrue(ds.hasProperty(DCTerms.description));
        assertTrue(ds.hasProperty(DCTerms.license, m.getResource("https://creativecommons.org/licenses/by-nc-nd/4.0/")));
        assertTrue(ds.hasProperty(DCTerms.source, m.getResource(RKG.ID + "briefing")));
        assertTrue(ds.hasProperty(DCTerms.hasVersion, "sha256:" + kg.version().orElseThrow().fingerprint()));
        assertTrue(ds.hasProperty(m.getProperty(VOID.NS + "sparqlEndpoint"), m.getResource(origin + "/sparql")));
        assertTrue(ds.hasProperty(m.getProperty(VOID.NS + "uriSpace"), RKG.ID));
        assertTrue(ds.hasProperty(m.getProperty(VOID.NS + "vocabulary"), m.getResource(RKG.ONTOLOGY)));
        for (String dump : new String[] {"/dump/dataset.trig", "/dump/dataset.nq.gz"}) {
            assertTrue(ds.hasProperty(m.getProperty(VOID.NS + "dataDump"), m.getResource(origin + dump)), dump);
            assertTrue(ds.hasProperty(m.getProperty(DCAT.NS + "distribution"), m.getResource(origin + dump)), dump);
            assertTrue(m.getResource(origin + dump).hasProperty(m.getProperty(DCAT.NS + "downloadURL")), dump);
        }
        assertEquals(Set.of(RKG.ID + "person/alice", RKG.ID + "person/bob", RKG.ID + "person/carol"),
                Set.copyOf(ds.listProperties(m.getProperty(VOID.NS + "exampleResource")).mapWith(s -> s.getResource().getURI()).toList()));
        // The endpoint as a service, pointing to its SPARQL Service Description (served at the endpoint).
        Resource service = m.getResource(origin + "/sparql#service");
        assertTrue(service.hasProperty(m.getProperty(SD.NS + "endpoint"), m.getResource(origin + "/sparql")));
        assertTrue(service.hasProperty(m.getProperty(DCAT.NS + "endpointDescription"), m.getResource(origin + "/sparql")));
        assertTrue(service.hasProperty(m.getProperty(DCAT.NS + "servesDataset"), ds));
        assertTrue(Http.get(origin + "/sparql", "text/turtle").body().contains("sparql-service-description"));

        assertTrue(m.isIsomorphicWith(voidModel("/.well-known/void", "text/turtle")), "/void and /.well-known/void agree");
    }

    @Test void voidIsAPageForBrowsersAndOtherFormatsOnRequest() {
        var html = Http.get(server.url("/.well-known/void"), BROWSER);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertTrue(html.body().contains("<a href=\"/dump/dataset.trig\">dataset.trig</a>"));
        assertTrue(html.body().contains(String.format("<b>%,d</b>triples", quadCount())));
        assertTrue(html.body().contains("<a href=\"/id/person/alice\""));

        var jsonld = Http.get(server.url("/void?format=jsonld"), BROWSER);
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(ModelFactory.createModelForGraph(Answers.graph(jsonld.body(), Lang.JSONLD)).isIsomorphicWith(voidModel("/void", "text/turtle")));
    }

    // ---- dumps -----------------------------------------------------------------------------------------

    HttpResponse<byte[]> fetch(String path, String... headers) {
        var b = HttpRequest.newBuilder(URI.create(server.url(path))).GET().timeout(Duration.ofSeconds(60));
        if (headers.length > 0) b.headers(headers);
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static DatasetGraph parse(byte[] body, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(dsg);
        return dsg;
    }

    static long quads(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) n++;
        return n;
    }

    @Test void theDumpsHoldEveryQuadInTriGAndGzippedNQuads() throws IOException {
        var trig = fetch("/dump/dataset.trig");
        assertEquals(200, trig.statusCode());
        assertTrue(trig.headers().firstValue("Content-Type").orElse("").startsWith("application/trig"));
        DatasetGraph fromTrig = parse(trig.body(), Lang.TRIG);

        var nq = fetch("/dump/dataset.nq.gz");
        assertEquals(200, nq.statusCode());
        assertEquals("application/gzip", nq.headers().firstValue("Content-Type").orElse(""));
        byte[] unzipped;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(nq.body()))) {
            unzipped = in.readAllBytes();
        }
        DatasetGraph fromNq = parse(unzipped, Lang.NQUADS);

        assertEquals(quadCount(), quads(fromTrig));
        assertEquals(quadCount(), quads(fromNq));
        for (var it = fromTrig.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            assertTrue(fromTrig.getGraph(g).isIsomorphicWith(fromNq.getGraph(g)), g.toString());
        }
        assertTrue(fromTrig.containsGraph(NodeFactory.createURI(RKG.GRAPH + "extra-named")));
    }

    @Test void theDumpsCarryValidatorsAndAnswer304() {
        String fingerprint = kg.version().orElseThrow().fingerprint();
        for (String path : new String[] {"/dump/dataset.trig", "/dump/dataset.nq.gz"}) {
            var first = fetch(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertTrue(etag.contains(fingerprint), etag);

            var again = fetch(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length);
            assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
            assertEquals(304, fetch(path, "If-None-Match", "\"other\", " + etag.replace("W/", "")).statusCode(), "weak comparison, lists");
            assertEquals(200, fetch(path, "If-None-Match", "\"other\"").statusCode());
            assertEquals(304, fetch(path, "If-Modified-Since", lastModified).statusCode());
            assertEquals(200, fetch(path, "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT").statusCode());
        }
        assertNotEquals(fetch("/dump/dataset.trig").headers().firstValue("ETag"), fetch("/dump/dataset.nq.gz").headers().firstValue("ETag"));

        var head = CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(server.url("/dump/dataset.trig")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray()).join();
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("ETag").isPresent());
    }
}
