package org.refoulementkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class Rdf11Test {
    static final String ANNOTATED = """
            PREFIX : <http://example.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            :case :outcome :died ~ :stmt1 {| prov:wasDerivedFrom :ref1 |} .
            :x :says <<( :a :b <<( :c :d :e )>> )>> .
            """;

    static Graph parse(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void reifiersBecomeClassicReificationAndNoTripleTermIsLeft() {
        Graph g = parse(ANNOTATED);
        assertTrue(Rdf11.hasTripleTerms(g));
        Graph plain = Rdf11.of(g);
        assertFalse(Rdf11.hasTripleTerms(plain));
        Node stmt = NodeFactory.createURI("http://example.org/stmt1");
        assertTrue(plain.contains(stmt, RDF.subject.asNode(), NodeFactory.createURI("http://example.org/case")));
        assertTrue(plain.contains(stmt, RDF.predicate.asNode(), NodeFactory.createURI("http://example.org/outcome")));
        assertTrue(plain.contains(stmt, RDF.object.asNode(), NodeFactory.createURI("http://example.org/died")));
        assertTrue(plain.contains(stmt, RDF.type.asNode(), RDF.Statement.asNode()));
        assertFalse(plain.contains(stmt, RDF.reifies.asNode(), Node.ANY));
        // the asserted triple and the annotation stay
        assertTrue(plain.contains(NodeFactory.createURI("http://example.org/case"), NodeFactory.createURI("http://example.org/outcome"), Node.ANY));
        assertTrue(plain.contains(stmt, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), Node.ANY));
        // the nested term: two blank statements, one inside the other
        assertEquals(2, plain.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).toList().size() - 1);
    }

    @Test
    void jsonLdCanBeWrittenFromTheRdf11Form() {
        var out = new StringWriter();
        RDFDataMgr.write(out, Rdf11.of(parse(ANNOTATED)), Lang.JSONLD);
        assertTrue(out.toString().contains("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject") || out.toString().contains("rdf:subject"), out.toString());
    }

    @Test
    void aGraphWithoutTripleTermsIsReturnedAsIs() {
        Graph g = parse("<http://a> <http://b> <http://c> .");
        assertSame(g, Rdf11.of(g));
    }
}
