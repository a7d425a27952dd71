package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.Publication;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.support.W3cSuite;
import org.refoulementkg.web.WebApp;
import org.refoulementkg.web.http.ClientBudget;

/**
 * The SPARQL 1.1 Protocol tests of {@code sparql11/protocol/manifest.ttl}, read from the manifest (its HTTP-in-RDF
 * requests and expected status classes), one test each, against our /sparql with the manifest's graphs loaded. The
 * query tests must pass as written; the update tests do not apply to a read-only endpoint and must be refused (4xx).
 */
class W3cProtocolTest {
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String HT = "http://www.w3.org/2011/http#";
    static final String HTS = "http://www.w3.org/2011/http-statusCodes#";
    static final String CNT = "http://www.w3.org/2011/content#";
    static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    static final java.nio.file.Path MANIFEST = W3cSuite.ROOT.resolve("sparql11/protocol/manifest.ttl");

    static KnowledgeGraph kg;
    static RunningServer server;
    static Model manifest;

    @BeforeAll
    static void start() {
        manifest = RDFDataMgr.loadModel(MANIFEST.toUri().toString());
        // Every graph the tests name (ut:graphData: a file, labelled with the graph's IRI), in one store.
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        manifest.listObjectsOfProperty(p(UT, "graphData")).forEach(gd -> {
            Resource r = gd.asResource();
            String iri = r.getProperty(RDFS.label).getString();
            RDFParser.source(r.getPropertyResourceValue(p(UT, "graph")).getURI()).parse(data.getGraph(NodeFactory.createURI(iri)));
        });
        kg = KnowledgeGraph.inMemory();
        kg.publish(Publication.checked(data, "w3c-protocol"));
        server = RunningServer.start(kg, new WebApp.Settings(Duration.ofSeconds(10), Fixtures.FIXTURE)
                .withBudget(new ClientBudget.Settings(Duration.ZERO, Set.of())));
    }

    @AfterAll
    static void stop() {
        server.close();
        kg.close();
    }

    static Property p(String ns, String local) { return manifest.createProperty(ns, local); }

    @TestFactory
    Stream<DynamicTest> protocolTests() {
        var tests = new ArrayList<DynamicTest>();
        manifest.listSubjectsWithProperty(RDF.type, manifest.createResource(MF + "ProtocolTest")).forEach(t -> {
            String name = t.getLocalName();
            boolean update = name.startsWith("update") || name.startsWith("bad_update");
            tests.add(DynamicTest.dynamicTest(name + " — " + t.getProperty(p(MF, "name")).getString(), () -> run(t, update)));
        });
        assertTrue(tests.size() >= 30, "found only " + tests.size());
        return tests.stream().sorted((a, b) -> a.getDisplayName().compareTo(b.getDisplayName()));
    }

    static void run(Resource test, boolean update) {
        Resource action = test.getPropertyResourceValue(p(MF, "action"));
        List<RDFNode> requests = action.getPropertyResourceValue(p(HT, "requests")).as(org.apache.jena.rdf.model.RDFList.class).asJavaList();
        for (RDFNode node : requests) {
            Resource req = node.asResource();
            HttpResponse<String> response = Http.send(request(req));
            Resource resp = req.getPropertyResourceValue(p(HT, "resp"));
            var classes = new ArrayList<String>();
            resp.listProperties(p(MF, "expectedStatus")).forEach(s -> classes.add(s.getResource().getLocalName()));
            String statusClass = "StatusCode" + (response.statusCode() / 100) + "xx";
            String name = test.getLocalName();
            if (update) {
                // Not applicable to a read-only endpoint: the update is refused, whatever the test expects of a writable
                // one (the requests after it check the update's effect: there is none to check).
                assertEquals(4, response.statusCode() / 100, name + ": " + response.statusCode() + " " + response.body());
                return;
            }
            assertTrue(classes.contains(statusClass), name + ": expected " + classes + ", got " + response.statusCode() + " " + response.body());
            if (response.statusCode() / 100 != 2) continue;
            String type = response.headers().firstValue("Content-Type").orElse("");
            var format = resp.getProperty(p(MF, "expectedFormat"));
            if (format != null) assertTrue(fits(format.getString(), type), format.getString() + " answer as " + type);
            if (type.contains("sparql-results") && response.body().contains("boolean"))
                assertTrue(response.body().contains("true"), "the test's ASK holds: " + response.body());
        }
    }

    static boolean fits(String format, String type) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "tabular" -> Stream.of("sparql-results+xml", "sparql-results+json", "text/csv", "text/tab-separated-values").anyMatch(type::contains);
            case "boolean" -> Stream.of("sparql-results+xml", "sparql-results+json").anyMatch(type::contains);
            case "rdf" -> Stream.of("application/rdf+xml", "text/turtle", "application/n-triples").anyMatch(type::contains);
            default -> throw new IllegalArgumentException("unknown expected format " + format);
        };
    }

    static HttpRequest request(Resource req) {
        String path = req.getProperty(p(HT, "absolutePath")).getString().replaceFirst("^/sparql/?", "/sparql");
        var b = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30));
        Resource headers = req.getPropertyResourceValue(p(HT, "headers"));
        if (headers != null)
            for (RDFNode h : headers.as(org.apache.jena.rdf.model.RDFList.class).asJavaList())
                b.header(h.asResource().getProperty(p(HT, "fieldName")).getString(), h.asResource().getProperty(p(HT, "fieldValue")).getString());
        Resource body = req.getPropertyResourceValue(p(HT, "body"));
        String method = req.getProperty(p(HT, "methodName")).getString();
        if (body == null) return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        Charset cs = Charset.forName(body.getProperty(p(CNT, "characterEncoding")).getString());
        return b.method(method, HttpRequest.BodyPublishers.ofByteArray(body.getProperty(p(CNT, "chars")).getString().getBytes(cs))).build();
    }
}
