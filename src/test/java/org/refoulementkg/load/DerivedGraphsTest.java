package org.refoulementkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.refoulementkg.vocab.RKG;

class DerivedGraphsTest {
    static Node n(String local) { return NodeFactory.createURI("http://example.org/" + local); }

    static DatasetGraph staged() {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString("""
                PREFIX : <http://example.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                :Transfer rdfs:subClassOf :Event . :Event rdfs:subClassOf :Activity .
                :transferType rdfs:subPropertyOf :eventType .
                """, Lang.TURTLE).parse(dsg.getGraph(NodeFactory.createURI(RKG.GRAPH + "ontology/refoulement")));
        RDFParser.fromString("""
                PREFIX : <http://example.org/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                :t1 a :Transfer , :Event ; :transferType :deportation .
                :case :outcome :died ~ :stmt1 {| prov:wasDerivedFrom :ref1 |} .
                """, Lang.TURTLE).parse(dsg.getGraph(NodeFactory.createURI(RKG.GRAPH + "cases/x")));
        return dsg;
    }

    @Test
    void closureOfTypesAndPropertiesGoesToItsOwnGraphWithoutRepeatingWhatIsAsserted() {
        DatasetGraph dsg = staged();
        DerivedGraphs.addTo(dsg);
        var inferred = dsg.getGraph(DerivedGraphs.INFERRED);
        assertTrue(inferred.contains(n("t1"), RDF.type.asNode(), n("Activity")), "two levels up");
        assertFalse(inferred.contains(n("t1"), RDF.type.asNode(), n("Event")), "asserted already: not repeated");
        assertTrue(inferred.contains(n("t1"), n("eventType"), n("deportation")), "sub-property");
        assertFalse(inferred.contains(n("Transfer"), Node.ANY, Node.ANY), "no entailment about classes themselves");
        assertEquals(2, inferred.size(), inferred.toString());
    }

    @Test
    void everyReifierGetsItsRdf11Reification() {
        DatasetGraph dsg = staged();
        DerivedGraphs.addTo(dsg);
        var reification = dsg.getGraph(DerivedGraphs.REIFICATION);
        assertTrue(reification.contains(n("stmt1"), RDF.subject.asNode(), n("case")));
        assertTrue(reification.contains(n("stmt1"), RDF.predicate.asNode(), n("outcome")));
        assertTrue(reification.contains(n("stmt1"), RDF.object.asNode(), n("died")));
        assertTrue(reification.contains(n("stmt1"), org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralLang("case — outcome — died", "en")));
        assertEquals(5, reification.size(), reification.toString());
    }

    /** On TDB2 the graphs are derived in one pass over the subjects (see SubjectGroups): the same quads as in memory. */
    @Test
    void onTdb2TheSameQuadsAreDerivedAsInMemory() {
        DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph(), memory = DatasetGraphFactory.createGeneral();
        for (SourceFile f : Sources.in(Path.of(".")).files()) StrictParser.parse(f, StreamRDFLib.dataset(memory));
        Node g = NodeFactory.createURI(RKG.GRAPH + "cases/hub"), hub = n("hub");
        memory.add(g, hub, RDF.type.asNode(), RKG.Transfer.asNode()); // more triples than a subject group holds
        for (int i = 0; i <= SubjectGroups.MAX_HELD; i++) memory.add(g, hub, RKG.transferType.asNode(), n("kind" + i));
        Txn.executeWrite(tdb2, () -> memory.find().forEachRemaining(tdb2::add)); // the same blank nodes
        Set<Quad> fromTdb2 = derived(tdb2), fromMemory = derived(memory);
        assertTrue(fromMemory.contains(new Quad(DerivedGraphs.INFERRED, n("hub"), RKG.eventType.asNode(), n("kind" + SubjectGroups.MAX_HELD))), "the hub's");
        assertTrue(fromMemory.size() > SubjectGroups.MAX_HELD + 1000, "the project's too: " + fromMemory.size());
        assertEquals(fromMemory, fromTdb2);
    }

    private static Set<Quad> derived(DatasetGraph dsg) {
        var quads = new HashSet<Quad>();
        Txn.executeRead(dsg, () -> DerivedGraphs.derive(dsg, new StreamRDFBase() {
            @Override public void quad(Quad q) { quads.add(q); }
        }));
        return quads;
    }
}
