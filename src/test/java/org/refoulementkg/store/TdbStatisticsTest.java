package org.refoulementkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.vocab.Graphs;
import org.refoulementkg.vocab.RKG;

/** A publish to disk writes TDB2's optimiser statistics of the union graph, and the served store orders joins by them. */
class TdbStatisticsTest {
    @Test
    void aPublishWritesTheUnionGraphsCountsAndTheServedStoreUsesThem(@TempDir Path root) throws IOException {
        DatasetGraph data = LocalStoreTest.people("alice", "bob", "carol"); // 3 persons × 3 triples in one graph
        // The same triple in a second graph: the union graph (what every query sees) holds it once.
        var alice = NodeFactory.createURI(RKG.ID + "person/alice");
        data.add(NodeFactory.createURI(Graphs.ofFile("again")), alice, RDF.type.asNode(), RKG.Person.asNode());
        try (var kg = KnowledgeGraph.embedded(root)) {
            kg.publish(Publication.checked(data, "three"));
            String current = Files.readString(root.resolve("CURRENT")).strip();
            Path stats = root.resolve("stores").resolve(current).resolve("Data-0001").resolve(TdbStatistics.FILE);
            assertTrue(Files.exists(stats), "no " + stats);
            String text = Files.readString(stats);
            assertEquals(unionSize(kg, null), count(text, "count"), "each triple once, as the store answers: " + text);
            assertTrue(text.contains("<" + RDF.type.getURI() + "> " + unionSize(kg, RDF.type.asNode())), text);
            var reorder = new AtomicReference<ReorderTransformation>();
            kg.export(dsg -> reorder.set(TDBInternal.getDatasetGraphTDB(dsg).getReorderTransform()));
            assertInstanceOf(ReorderWeighted.class, reorder.get(), "the store was opened again, with its statistics");
        }
    }

    /** Triples of the union graph (with predicate {@code p}, if given), counted by the store itself; the publish adds its own meta triples. */
    private static long unionSize(KnowledgeGraph kg, org.apache.jena.graph.Node p) {
        long[] n = {0};
        kg.export(dsg -> n[0] = dsg.getUnionGraph().find(null, p, null).toList().size());
        return n[0];
    }

    private static long count(String stats, String name) {
        Matcher m = Pattern.compile("\\(" + name + " (\\d+)\\)").matcher(stats);
        assertTrue(m.find(), stats);
        return Long.parseLong(m.group(1));
    }
}
