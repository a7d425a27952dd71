package org.refoulementkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.vocab.Graphs;
import org.refoulementkg.vocab.RKG;

/** The served generation's default graph copied into memory: it answers what it can answer exactly, TDB2 the rest. */
class MemoryReplicaTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PREFIXES = "PREFIX rkg: <" + RKG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @Test
    void aPublishedGenerationIsCopiedAndGivesTdb2sAnswers(@TempDir Path root) {
        try (var kg = (LocalStore) KnowledgeGraph.embedded(root, 1_000)) {
            kg.publish(Publication.checked(withAges(LocalStoreTest.people("alice", "bob", "carol")), "v1"));
            kg.awaitCopies();
            try (var tdbOnly = KnowledgeGraph.embedded(root, 0)) { // the same store on disk, with no copy: TDB2's answers
                long union = tdbOnly.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), TIMEOUT,
                        qe -> qe.execSelect().next().getLiteral("n").getLong());
                assertTrue(union >= 3 * 4, "the people, their ages and the store's own record: " + union);
                assertEquals(union, kg.replica().orElseThrow().triples(), "every triple of the union, once");
                for (String q : List.of(
                        "SELECT ?s ?label WHERE { ?s a rkg:Person ; rdfs:label ?label } ORDER BY ?label",
                        "SELECT (COUNT(*) AS ?n) (SUM(?age) AS ?years) WHERE { ?s rkg:age ?age FILTER(?age > 30) }",
                        "SELECT ?s WHERE { ?s rdfs:label ?l FILTER NOT EXISTS { ?s rkg:age ?a FILTER(?a = 40) } }",
                        "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }")) {
                    long before = kg.inMemoryAnswers();
                    assertEquals(answer(tdbOnly, q), answer(kg, q), q);
                    assertEquals(before + 1, kg.inMemoryAnswers(), "answered in memory: " + q);
                }
            }
        }
    }

    @Test
    void everyCatalogueQueryGivesTdb2sRowsInTdb2sOrder() throws IOException {
        try (var kg = (LocalStore) KnowledgeGraph.inMemory(1_000_000); var tdbOnly = KnowledgeGraph.inMemory(0);
             var files = Files.list(Path.of("queries"))) {
            kg.publish(ProjectData.loaded());
            tdbOnly.publish(ProjectData.loaded());
            kg.awaitCopies();
            List<Path> queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
            assertTrue(queries.size() >= 25, "the catalogue: " + queries);
            for (Path f : queries) {
                var q = QueryFactory.create(Files.readString(f));
                long before = kg.inMemoryAnswers();
                var inMemory = kg.query(q, TIMEOUT, qe -> ResultSetFactory.makeRewindable(qe.execSelect()));
                assertEquals(before + 1, kg.inMemoryAnswers(), f + " answered in memory");
                var tdb2 = tdbOnly.query(q, TIMEOUT, qe -> ResultSetFactory.makeRewindable(qe.execSelect()));
                // By term and in order: a GROUP_CONCAT's order, or ties under ORDER BY, must not depend on the engine.
                assertTrue(ResultsCompare.equalsByTermAndOrder(tdb2, inMemory), f + ": the copy's answer differs from TDB2's");
            }
        }
    }

    @Test
    void queriesThatNameGraphsOrMatchTypedLiteralsAreLeftToTdb2(@TempDir Path root) {
        try (var kg = (LocalStore) KnowledgeGraph.embedded(root, 1_000)) {
            kg.publish(Publication.checked(withAges(LocalStoreTest.people("alice", "bob")), "v1"));
            kg.awaitCopies();
            long before = kg.inMemoryAnswers();
            // The copy holds the union only: the graph a triple is in is known to TDB2 alone.
            assertTrue(answer(kg, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a rkg:Person } }").contains(Graphs.ofFile("people")));
            // TDB2 stores an integer as its value, so "040" matches 40 there; in memory it would match no term.
            assertTrue(answer(kg, "SELECT ?s WHERE { ?s rkg:age \"040\"^^<http://www.w3.org/2001/XMLSchema#integer> }").contains(RKG.ID + "person/bob"));
            assertFalse(answer(kg, "SELECT ?s WHERE { ?s a rkg:Person FILTER NOT EXISTS { ?s rkg:age 40 } }").contains(RKG.ID + "person/bob"),
                    "a typed literal inside EXISTS counts too");
            assertEquals(before, kg.inMemoryAnswers(), "both went to TDB2");
        }
    }

    @Test
    void aGenerationOverTheBudgetIsNotCopied(@TempDir Path root) {
        try (var kg = (LocalStore) KnowledgeGraph.embedded(root, 5)) {
            kg.publish(Publication.checked(LocalStoreTest.people("alice", "bob"), "v1"));
            kg.awaitCopies();
            assertTrue(kg.replica().isEmpty(), "6 triples over a budget of 5");
            assertEquals(2, LocalStoreTest.persons(kg));
            assertEquals(0, kg.inMemoryAnswers());
        }
    }

    @Test
    void aPublishReplacesTheCopy(@TempDir Path root) {
        try (var kg = (LocalStore) KnowledgeGraph.embedded(root, 1_000)) {
            kg.publish(Publication.checked(LocalStoreTest.people("alice"), "v1"));
            kg.awaitCopies();
            kg.publish(Publication.checked(LocalStoreTest.people("alice", "bob"), "v2"));
            assertEquals(2, LocalStoreTest.persons(kg), "the new data at once, from TDB2 until its copy is made");
            kg.awaitCopies();
            assertTrue(kg.replica().orElseThrow().isOf(kg.served()), "the copy is of the new generation");
            long before = kg.inMemoryAnswers();
            assertEquals(2, LocalStoreTest.persons(kg));
            assertEquals(before + 1, kg.inMemoryAnswers());
        }
    }

    @Test
    void aQueryInMemoryIsCancelledAtItsTimeout(@TempDir Path root) {
        try (var kg = (LocalStore) KnowledgeGraph.embedded(root, 1_000)) {
            kg.publish(Publication.checked(LocalStoreTest.people("a", "b", "c", "d", "e", "f", "g", "h"), "v1"));
            kg.awaitCopies();
            var endless = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h . ?i ?t ?j . ?k ?u ?l }");
            assertThrows(QueryCancelledException.class,
                    () -> kg.query(endless, Duration.ofMillis(300), qe -> qe.execSelect().next()));
            assertEquals(1, kg.inMemoryAnswers(), "it ran in memory");
        }
    }

    private static DatasetGraph withAges(DatasetGraph people) {
        Node g = NodeFactory.createURI(Graphs.ofFile("people"));
        int age = 20;
        for (Node p : people.stream(g, null, null, null).map(q -> q.getSubject()).distinct()
                .sorted(Comparator.comparing(Node::getURI)).toList()) { // alice 20, bob 40, carol 60
            people.add(g, p, NodeFactory.createURI(RKG.NS + "age"), NodeFactory.createLiteralDT(Integer.toString(age), XSDDatatype.XSDinteger));
            age += 20;
        }
        return people;
    }

    /** The answer as text that compares rows as a set: sorted lines of the result (or of the graph). */
    private static String answer(KnowledgeGraph kg, String query) {
        var q = QueryFactory.create(PREFIXES + query);
        return kg.query(q, TIMEOUT, qe -> {
            if (q.isConstructType()) {
                var out = new StringWriter();
                qe.execConstruct().write(out, "N-TRIPLES");
                return out.toString().lines().sorted().toList().toString();
            }
            return ResultSetFormatter.asText(qe.execSelect()).lines().sorted().toList().toString();
        });
    }
}
