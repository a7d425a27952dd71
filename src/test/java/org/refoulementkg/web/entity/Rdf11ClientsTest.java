package org.refoulementkg.web.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.ExternalTool;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;

/**
 * RDF 1.1 tools read what they are given by default, for every kind of resource, statements included: Debian's raptor
 * ({@code rapper}, RDF 1.1 only) in Turtle, N-Triples and RDF/XML, and rdflib in every format with its own Accept
 * headers (its N-Triples asks for {@code text/plain}). RDF 1.2 is given to those who ask, with the media type's
 * {@code version} parameter, and keeps the triple terms.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Rdf11ClientsTest {
    RunningServer server;

    @BeforeAll void start() { server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT); }
    @AfterAll void stop() { server.close(); }

    @TestFactory
    Stream<DynamicTest> rapperReadsEveryKindInTurtleNTriplesAndRdfXml() {
        var tests = new ArrayList<DynamicTest>();
        for (String path : ContentNegotiationTest.RESOURCES)
            for (String syntax : List.of("turtle", "ntriples", "rdfxml"))
                tests.add(DynamicTest.dynamicTest(path + " by rapper as " + syntax, () -> {
                    var r = ExternalTool.rapper(server.url("/id/" + path), syntax);
                    assertEquals(0, r.code(), r.err());
                    assertTrue(r.rapperCount() > 0, r.err());
                    assertFalse(r.err().contains("Error"), r.err());
                }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> rdflibReadsEveryKindInEveryFormat() {
        List<String> formats = java.util.Arrays.asList(null, "turtle", "nt", "xml", "json-ld");
        List<String> paths = ContentNegotiationTest.RESOURCES;
        List<String> counts = ExternalTool.rdflibEach(paths.stream().map(p -> server.url("/id/" + p)).toList(), formats);
        assertEquals(paths.size() * formats.size(), counts.size(), String.join("\n", counts));
        var tests = new ArrayList<DynamicTest>();
        for (int i = 0; i < paths.size(); i++)
            for (int j = 0; j < formats.size(); j++) {
                String count = counts.get(i * formats.size() + j), format = formats.get(j);
                tests.add(DynamicTest.dynamicTest(paths.get(i) + " by rdflib as " + (format == null ? "its default" : format),
                        () -> assertTrue(count.matches("[1-9][0-9]*"), count)));
            }
        return tests.stream();
    }

    @Test
    void aStatementIsClassicReificationByDefaultAndATripleTermInRdf12() {
        String path = "/id/statement/case-daoud-muradov-outcome-died-after-return";
        var plain = Http.get(server.url(path), "text/turtle");
        assertEquals(200, plain.statusCode());
        assertFalse(plain.headers().firstValue("Content-Type").orElse("").contains("version"));
        var g11 = Answers.graph(plain.body(), Lang.TURTLE);
        assertTrue(g11.contains(Node.ANY, RDF.subject.asNode(), Node.ANY));
        assertFalse(g11.stream().anyMatch(t -> t.getObject().isTripleTerm()), "no triple term in RDF 1.1");

        var rdf12 = Http.get(server.url(path), "text/turtle; version=1.2");
        assertTrue(rdf12.headers().firstValue("Content-Type").orElse("").contains("version=1.2"), rdf12.headers().toString());
        var g12 = Answers.graph(rdf12.body(), Lang.TURTLE);
        assertTrue(g12.stream().anyMatch(t -> t.getPredicate().equals(RDF.reifies.asNode()) && t.getObject().isTripleTerm()));
        var byParam = Http.get(server.url(path + "?format=ntriples&rdf=1.2"), null);
        assertTrue(Answers.graph(byParam.body(), Lang.NTRIPLES).stream().anyMatch(t -> t.getObject().isTripleTerm()));
        // an ETag per version: a cache never hands the RDF 1.1 copy to an RDF 1.2 client
        assertFalse(plain.headers().firstValue("ETag").orElseThrow().equals(rdf12.headers().firstValue("ETag").orElseThrow()));
    }

    @Test
    void theDumpIsRdf11ByDefaultAndComplete() {
        var r = ExternalTool.rapper(server.url("/dump/dataset.trig"), "trig");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.rapperCount() > 10_000, r.err());
        var rdf12 = Http.get(server.url("/dump/dataset.trig?rdf=1.2"), null);
        assertTrue(rdf12.body().contains("<<("), "the RDF 1.2 dump keeps the triple terms");
    }
}
