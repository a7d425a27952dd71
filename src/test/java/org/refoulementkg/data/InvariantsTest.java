package org.refoulementkg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.Publication;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.vocab.OA;
import org.refoulementkg.vocab.PROV;
import org.refoulementkg.vocab.RKG;

/** Every query in ontology/invariants/ returns no rows on the real data; each row would name a resource. */
class InvariantsTest {
    static final Path DIR = Path.of("ontology/invariants");

    @TestFactory
    Stream<DynamicTest> invariantsHold() throws IOException {
        List<Path> queries;
        try (var s = Files.list(DIR)) { queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList(); }
        assertTrue(queries.size() >= 8, "invariants: " + queries.size());
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            List<String> rows = violations(ProjectData.store(), Files.readString(q));
            assertEquals(List.of(), rows, q.getFileName() + " found problems");
        }));
    }

    /** The invariants can fail: on data with an invented quote and a dangling IRI they name the resource. */
    @Test
    void invariantsCatchBrokenData() throws IOException {
        var good = ProjectData.loaded();
        var broken = DatasetGraphFactory.createTxnMem();
        good.dataset().find().forEachRemaining(broken::add);
        var g = NodeFactory.createURI("urn:test");
        var event = NodeFactory.createURI(RKG.ID + "event/invented");
        var ref = NodeFactory.createBlankNode();
        var sel = NodeFactory.createBlankNode();
        broken.add(g, event, PROV.wasDerivedFrom.asNode(), ref);
        broken.add(g, ref, OA.hasSelector.asNode(), sel);
        broken.add(g, sel, OA.exact.asNode(), NodeFactory.createLiteralString("Nobody was ever returned."));
        broken.add(g, event, RKG.person.asNode(), NodeFactory.createURI(RKG.ID + "person/nobody"));
        try (var kg = KnowledgeGraph.inMemory()) {
            kg.publish(Publication.checked(broken, "test"));
            var quotes = violations(kg, Files.readString(DIR.resolve("quote-not-in-briefing.rq")));
            assertEquals(1, quotes.size(), quotes.toString());
            assertTrue(quotes.get(0).contains("event/invented"), quotes.toString());
            var dangling = violations(kg, Files.readString(DIR.resolve("iri-used-but-not-described.rq")));
            assertFalse(dangling.isEmpty());
            assertTrue(dangling.get(0).contains("person/nobody"), dangling.toString());
        }
    }

    /**
     * The per-statement invariant names the triple: one case-study outcome without a reifier fails, and so does a footnote
     * that no reference names; the same outcome with a reifier and a reference passes.
     */
    @Test
    void statementAndFootnoteInvariantsNameWhatLacksProvenance() throws IOException {
        var broken = DatasetGraphFactory.createTxnMem();
        ProjectData.loaded().dataset().find().forEachRemaining(broken::add);
        var g = NodeFactory.createURI(RKG.GRAPH + "cases/test-file");
        var caseStudy = NodeFactory.createURI(RKG.ID + "case/daoud-muradov");
        var outcome = NodeFactory.createURI(RKG.NS + "outcome");
        var released = NodeFactory.createURI(RKG.ID + "concept/released");
        broken.add(g, caseStudy, outcome, released);
        var footnote = NodeFactory.createURI(RKG.ID + "footnote/155");
        broken.add(g, footnote, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NodeFactory.createURI(RKG.NS + "Footnote"));
        broken.add(g, footnote, NodeFactory.createURI(RKG.NS + "footnoteNumber"), NodeFactory.createLiteralDT("155", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        try (var kg = KnowledgeGraph.inMemory()) {
            kg.publish(Publication.checked(broken, "test"));
            var statements = violations(kg, Files.readString(DIR.resolve("statement-without-provenance.rq")));
            assertEquals(List.of(caseStudy.getURI() + ": statement without provenance: " + outcome.getURI() + " " + released.getURI()), statements);
            var footnotes = violations(kg, Files.readString(DIR.resolve("footnote-supports-nothing.rq")));
            assertEquals(1, footnotes.size(), footnotes.toString());
            assertTrue(footnotes.get(0).startsWith(footnote.getURI()), footnotes.toString());
        }
        // the same triple with its own reifier and a reference is accepted
        var stmt = NodeFactory.createURI(RKG.ID + "statement/test");
        var ref = NodeFactory.createBlankNode();
        broken.add(g, stmt, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies"), NodeFactory.createTripleTerm(caseStudy, outcome, released));
        broken.add(g, stmt, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), ref);
        try (var kg = KnowledgeGraph.inMemory()) {
            kg.publish(Publication.checked(broken, "test"));
            assertEquals(List.of(), violations(kg, Files.readString(DIR.resolve("statement-without-provenance.rq"))));
        }
    }

    /** A conviction written as an event kind instead of a decision is named. */
    @Test
    void aConvictionThatIsNotADecisionIsNamed() throws IOException {
        var broken = DatasetGraphFactory.createTxnMem();
        ProjectData.loaded().dataset().find().forEachRemaining(broken::add);
        var event = NodeFactory.createURI(RKG.ID + "event/invented-conviction");
        broken.add(NodeFactory.createURI(RKG.GRAPH + "cases/test-file"), event, NodeFactory.createURI(RKG.NS + "eventType"),
                NodeFactory.createURI(RKG.ID + "concept/conviction"));
        try (var kg = KnowledgeGraph.inMemory()) {
            kg.publish(Publication.checked(broken, "test"));
            var rows = violations(kg, Files.readString(DIR.resolve("event-kind-modelled-two-ways.rq")));
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).startsWith(event.getURI()), rows.toString());
        }
    }

    static List<String> violations(KnowledgeGraph kg, String query) {
        return kg.query(QueryFactory.create(query), Duration.ofMinutes(2), qe -> {
            var rows = new ArrayList<String>();
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(s.get("resource") + ": " + s.get("problem"));
            }
            return rows;
        });
    }
}
