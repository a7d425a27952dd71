package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;

/** The project's prefixes work on /sparql without PREFIX lines, a query's own PREFIX wins, and the Service Description lists them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredeclaredPrefixesTest {
    RunningServer server;

    @BeforeAll void start() { server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT); }
    @AfterAll void stop() { server.close(); }

    static int count(String csv) { return Integer.parseInt(csv.lines().skip(1).findFirst().orElseThrow().trim()); }

    @Test
    void aQueryNeedsNoPrefixLinesAndCountsEveryEventAsTheHomePageDoes() {
        var r = Http.postForm(server.url("/sparql"), Map.of("query", "SELECT (COUNT(?e) AS ?n) { ?e a rkg:Event }"), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        int events = count(r.body());
        // the same count the home page shows, and more than the nodes typed rkg:Event in the files themselves
        String home = Http.get(server.url("/"), "text/html").body();
        assertTrue(home.contains(String.format("%,d", events)), "home page shows " + events + " events");
        var asserted = Http.postForm(server.url("/sparql"), Map.of("query",
                "SELECT (COUNT(?e) AS ?n) { GRAPH ?g { ?e a rkg:Event } FILTER(?g != <" + RKG.GRAPH + "inferred>) }"), "text/csv");
        assertTrue(count(asserted.body()) < events, "subclasses are typed rkg:Event through graph/inferred");
    }

    @Test
    void aQuerysOwnPrefixWins() {
        var r = Http.postForm(server.url("/sparql"), Map.of("query",
                "PREFIX rkg: <http://example.org/nothing#>\nSELECT (COUNT(?e) AS ?n) { ?e a rkg:Event }"), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(0, count(r.body()));
    }

    @Test
    void parseErrorsKeepTheQuerysOwnLineNumbers() {
        var r = Http.postForm(server.url("/sparql"), Map.of("query", "SELECT * WHERE {\n  ?s ?p \n}"), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 3"), r.body());
    }

    @Test
    void theServiceDescriptionListsThePrefixes() {
        var r = Http.get(server.url("/sparql"), "text/turtle");
        assertEquals(200, r.statusCode());
        var g = Answers.graph(r.body(), Lang.TURTLE);
        var rkg = g.find(null, SHACLM.namespace.asNode(), NodeFactory.createLiteralDT(RKG.NS, org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI)).toList();
        assertEquals(1, rkg.size(), r.body());
        assertTrue(g.contains(rkg.get(0).getSubject(), SHACLM.prefix.asNode(), NodeFactory.createLiteralString("rkg")));
    }
}
