package org.refoulementkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.vocab.Graphs;
import org.refoulementkg.vocab.RKG;

/** The embedded store: versions per generation, generations on disk switched only when the checks pass, plans that stop. */
class LocalStoreTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void theVersionIsTheServedPublicationsAndChangesWithIt() {
        try (var kg = KnowledgeGraph.inMemory()) {
            assertTrue(kg.version().isEmpty(), "an empty store serves no version");
            kg.publish(Publication.checked(people("alice"), "one"));
            DataVersion first = kg.version().orElseThrow();
            assertEquals("one", first.fingerprint());
            assertTrue(first.loaded().isPresent(), "the publish time is recorded");
            assertEquals(first, kg.version().orElseThrow(), "asked again, the same version");
            kg.publish(Publication.checked(people("alice", "bob"), "two"));
            assertEquals("two", kg.version().orElseThrow().fingerprint());
            assertEquals(2, persons(kg));
        }
    }

    @Test
    void failedChecksLeaveTheDiskAsItWas(@TempDir Path root) throws IOException {
        try (var kg = KnowledgeGraph.embedded(root)) {
            kg.publish(Publication.checked(people("alice"), "good"));
            String current = Files.readString(root.resolve("CURRENT"));
            var failing = failingChecks(Publication.checked(people("alice", "bob"), "bad"),
                    new LoadFailedException("SHACL violations", List.of("person:bob: no label")));
            var e = assertThrows(LoadFailedException.class, () -> kg.publish(failing));
            assertEquals(List.of("person:bob: no label"), e.problems());
            assertEquals(current, Files.readString(root.resolve("CURRENT")), "CURRENT still names the good store");
            assertEquals(List.of(current), storeDirs(root), "the half-made store is gone");
            assertEquals("good", kg.version().orElseThrow().fingerprint());
            assertEquals(1, persons(kg));
        }
    }

    @Test
    void aPublishRemovesAllButTheCurrentAndThePreviousGeneration(@TempDir Path root) throws IOException {
        try (var kg = KnowledgeGraph.embedded(root)) {
            for (String v : List.of("v1", "v2", "v3", "v4", "v5")) kg.publish(Publication.checked(people("alice"), v));
            // Before each build, what is neither current nor the one before it goes; then the new one is added.
            List<String> dirs = storeDirs(root);
            assertEquals(3, dirs.size(), "the new one, the one it replaced and the one before: " + dirs);
            assertEquals(Files.readString(root.resolve("CURRENT")), dirs.get(2), "the newest is current");
        }
        try (var reopened = KnowledgeGraph.embedded(root)) {
            assertEquals("v5", reopened.version().orElseThrow().fingerprint(), "a new process serves CURRENT");
        }
    }

    @Test
    void aStoreOnTheSameDirectoryFollowsAnotherOnesPublish(@TempDir Path root) throws InterruptedException {
        try (var writer = KnowledgeGraph.embedded(root); var reader = KnowledgeGraph.embedded(root)) {
            writer.publish(Publication.checked(people("alice", "bob"), "new"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (reader.version().isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
            assertEquals("new", reader.version().orElseThrow().fingerprint(), "the watcher switched to the new generation");
            assertEquals(2, persons(reader));
        }
    }

    @Test
    void aTemplatesPlanIsCancelledAtTheDeadline() {
        try (var kg = KnowledgeGraph.inMemory()) {
            kg.publish(Publication.checked(people("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), "many"));
            // Thirty triples to the sixth power: an answer that cannot finish; only the cancellation ends it.
            var crossProduct = new Template("CONSTRUCT { ?target ?p ?o } WHERE { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?q }", "target");
            assertThrows(QueryCancelledException.class, () -> kg.construct(crossProduct, NodeFactory.createURI(RKG.ID + "x"),
                    Duration.ofMillis(300), GraphFactory.createDefaultGraph()));
        }
    }

    /** People with labels, in the graph of one file. */
    static DatasetGraph people(String... names) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Node g = NodeFactory.createURI(Graphs.ofFile("people"));
        for (String n : names) {
            Node p = NodeFactory.createURI(RKG.ID + "person/" + n);
            dsg.add(g, p, RDF.type.asNode(), RKG.Person.asNode());
            dsg.add(g, p, RDFS.label.asNode(), NodeFactory.createLiteralString(n));
            dsg.add(g, p, RDFS.comment.asNode(), NodeFactory.createLiteralString("a person"));
        }
        return dsg;
    }

    static long persons(KnowledgeGraph kg) {
        var q = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s a <" + RKG.Person.getURI() + "> }");
        return kg.query(q, TIMEOUT, qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    private static List<String> storeDirs(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("stores"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A publication whose checks on the written store fail: the store must have written it first, and then discard it. */
    static Publication failingChecks(Publication data, LoadFailedException failure) {
        return new Publication() {
            @Override public String fingerprint() { return data.fingerprint(); }
            @Override public int files() { return data.files(); }
            @Override public long quads() { return data.quads(); }
            @Override public void writeSources(StreamRDF sink) { data.writeSources(sink); }
            @Override public void check(DatasetGraph written) {
                assertTrue(Txn.calculateRead(written, () -> written.contains(Node.ANY, Node.ANY, Node.ANY, Node.ANY)), "checked after writing");
                throw failure;
            }
            @Override public long derive(DatasetGraph written, StreamRDF sink) { return 0; }
        };
    }
}
