package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** No code from a query: java: IRIs, unknown functions and custom aggregates are refused; property functions are off; FILTER(a || b) keeps each solution once. */
class QueryCodeTest {
    static RunningServer server;

    @BeforeAll static void start() { server = RunningServer.onFixture(Duration.ofSeconds(10)); }
    @AfterAll static void stop() { server.close(); }

    static HttpResponse<String> ask(String query) {
        return Http.get(server.url("/sparql?query=" + Http.q(query)), "application/sparql-results+json");
    }

    static List<QuerySolution> rows(String query) {
        var r = ask(query);
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        var rows = new ArrayList<QuerySolution>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    static void refused(String query, String words) {
        var r = ask(query);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(words), r.body());
    }

    @Test
    void javaFunctionsAreRefusedWherever() {
        refused("SELECT ?x WHERE { BIND(<java:org.apache.jena.sparql.function.library.sha512>(\"a\") AS ?x) }", "names Java code");
        refused("SELECT ?s WHERE { ?s ?p ?o FILTER(<java:org.apache.jena.sparql.function.library.strlen>(?o) > 1) }", "names Java code");
        refused("SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { ?s ?q ?v FILTER(<java:org.apache.jena.sparql.function.library.sha512>(?v) = 1) } }", "names Java code");
        refused("SELECT * WHERE { { SELECT (<java:org.apache.jena.sparql.function.library.sha512>(\"a\") AS ?x) WHERE {} } }", "names Java code");
        refused("SELECT ?s WHERE { ?s ?p ?o } ORDER BY <java:org.apache.jena.sparql.function.library.sha512>(?o)", "names Java code");
        refused("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY (<java:org.apache.jena.sparql.function.library.sha512>(?o))", "names Java code");
        refused("SELECT (SAMPLE(<java:org.apache.jena.sparql.function.library.sha512>(?o)) AS ?n) WHERE { ?s ?p ?o }", "names Java code");
        refused("SELECT ?x WHERE { ?x <java:org.apache.jena.sparql.pfunction.library.strSplit> (\"a b\" \" \") }", "names Java code");
    }

    @Test
    void unknownFunctionsAndCustomAggregatesAreRefused() {
        refused("SELECT ?x WHERE { BIND(<http://example.org/f>(1) AS ?x) }", "Unknown function <http://example.org/f>");
        refused("SELECT ?x WHERE { BIND(<http://jena.apache.org/ARQ/function#sha1sum>(\"a\") AS ?x) }", "Unknown function");
        refused("SELECT (AGG <http://example.org/agg>(?o) AS ?x) WHERE { ?s ?p ?o }", "Custom aggregate");
    }

    @Test
    void standardFunctionsCastsAndXPathFunctionsRun() {
        var row = rows("SELECT ?n ?u ?h ?r WHERE { BIND(xsd:integer(\"3\") AS ?n) BIND(<http://www.w3.org/2005/xpath-functions#upper-case>(\"a\") AS ?u)"
                + " BIND(SHA512(\"a\") AS ?h) BIND(<http://www.w3.org/2005/xpath-functions/math#sqrt>(4) AS ?r) }").getFirst();
        assertEquals(3, row.getLiteral("n").getInt());
        assertEquals("A", row.getLiteral("u").getString());
        assertEquals(128, row.getLiteral("h").getString().length());
        assertEquals(2.0, row.getLiteral("r").getDouble());
    }

    @Test
    void propertyFunctionsAreOffSoAPredicateIsData() {
        // With ARQ's property functions on, apf:strSplit would make two rows out of nothing.
        assertEquals(List.of(), rows("SELECT ?x WHERE { ?x <http://jena.apache.org/ARQ/property#strSplit> (\"a b\" \" \") }"));
    }

    @Test
    void filterDisjunctionNeverDuplicatesASolution() {
        // Both sides hold for Alice: Jena's disjunction rewrite (GH-4160) lists her twice. Her transfer's label names her too.
        var rows = rows("SELECT ?s ?l WHERE { ?s rdfs:label ?l FILTER(?s = person:alice || CONTAINS(?l, \"Alice\")) }");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(2, rows.stream().map(r -> r.getResource("s").getURI()).distinct().count(), rows.toString());
        var twoWays = rows("SELECT ?s WHERE { ?s a ?t FILTER(?s = person:alice || ?s = person:bob || ?t = rkg:Person) }");
        var distinct = new HashSet<String>();
        twoWays.forEach(r -> distinct.add(r.toString()));
        assertEquals(distinct.size(), twoWays.size(), twoWays.toString());
        assertFalse(twoWays.isEmpty());
    }
}
