package org.refoulementkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.refoulementkg.vocab.Graphs;

/**
 * The loader's SHACL check — one pass over TDB2's subjects, each with its triples and its neighbours' at hand, the
 * rest looked up — reports exactly the violations Jena's own validator reports on the same data in memory. The data
 * is the project's (more subjects than the neighbourhood holds, so lookups and their cache are used too) with every
 * invalid example of {@code ontology/examples}, and a subject with more triples than the scan holds in memory.
 */
class ShaclCheckTest {
    private static final Path HOME = Path.of(".");
    private static final Function<Node, String> NO_FILE = n -> "";
    private static final String SHAPES = Graphs.ofFile("ontology/shapes-test");

    @Test
    void theStoreScanFindsWhatJenasValidatorFinds() throws IOException {
        var files = new ArrayList<>(Sources.in(HOME).files());
        try (var s = Files.list(Path.of("ontology/examples"))) {
            s.filter(p -> p.getFileName().toString().startsWith("invalid-")).sorted().forEach(p -> files.add(SourceFile.single(p)));
        }
        DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph(), memory = DatasetGraphFactory.createGeneral();
        for (SourceFile f : files) StrictParser.parse(f, StreamRDFLib.dataset(memory));
        hub(memory);
        Txn.executeWrite(tdb2, () -> memory.find().forEachRemaining(tdb2::add)); // the same blank nodes
        List<String> ours = ours(tdb2, files), jena = jena(memory, files);
        assertTrue(jena.size() >= 12, "every invalid example and the hub are reported: " + jena);
        assertTrue(jena.stream().anyMatch(l -> l.contains("event/hub> [path rkg:destination]")), "the hub's violation: " + jena);
        assertEquals(String.join("\n", jena), String.join("\n", ours));
        assertTrue(subjects(memory) > 2 * SubjectGroups.NEARBY, "more subjects than the neighbourhood holds");
    }

    /** Shapes whose targets are not subjects (sh:targetNode, sh:targetObjectsOf) are validated by a task each, as Jena does. */
    @Test
    void targetsThatAreNotSubjectsAreValidatedToo() {
        DatasetGraph memory = DatasetGraphFactory.createGeneral(), tdb2 = DatabaseMgr.createDatasetGraph();
        RDFParser.fromString("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX : <http://example.org/>
                :Named a sh:NodeShape ; sh:targetNode :lonely ; sh:property [ sh:path :name ; sh:minCount 1 ] .
                :Known a sh:NodeShape ; sh:targetObjectsOf :knows ; sh:property [ sh:path :name ; sh:minCount 1 ] .
                :Typed a sh:NodeShape ; sh:targetClass :Person ; sh:property [ sh:path :knows ; sh:class :Person ] .
                """, Lang.TURTLE).parse(memory.getGraph(NodeFactory.createURI(SHAPES)));
        RDFParser.fromString("""
                PREFIX : <http://example.org/>
                :alice a :Person ; :name "Alice" ; :knows :bob , :carol .
                :bob :name "Bob" .
                :carol a :Person .
                """, Lang.TURTLE).parse(memory.getGraph(NodeFactory.createURI("https://example.org/graph/data")));
        Txn.executeWrite(tdb2, () -> memory.find().forEachRemaining(tdb2::add));
        var shapes = List.of(new SourceFile(Path.of("shapes-test.ttl"), SHAPES, Lang.TURTLE));
        List<String> jena = jena(memory, shapes);
        assertEquals(3, jena.size(), "lonely has no name, carol has no name, bob is no person: " + jena);
        assertEquals(jena, ours(tdb2, shapes));
    }

    /** A transfer without its destination that also has more triples than the scan holds. */
    private static void hub(DatasetGraph dsg) {
        Node g = NodeFactory.createURI("https://example.org/graph/hub"), hub = NodeFactory.createURI("https://w3id.org/refoulement-kg/event/hub");
        dsg.add(g, hub, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("https://w3id.org/refoulement-kg/ontology#Transfer"));
        for (int i = 0; i <= SubjectGroups.MAX_HELD; i++)
            dsg.add(g, hub, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment"), NodeFactory.createLiteralString("note " + i));
    }

    private static List<String> ours(DatasetGraph dsg, List<SourceFile> files) {
        Graph data = new UnionView(dsg);
        var tasks = Txn.calculateRead(dsg, () -> ShaclCheck.tasks(shapes(dsg, files), dsg, data, NO_FILE));
        return Txn.calculateRead(dsg, () -> ShaclCheck.lines(ParallelReads.run(dsg, tasks)));
    }

    private static List<String> jena(DatasetGraph dsg, List<SourceFile> files) {
        Graph data = dsg.getUnionGraph();
        var report = ShaclValidator.get().validate(Shapes.parse(shapes(dsg, files)), data);
        var lines = new TreeSet<String>();
        report.getEntries().forEach(e -> lines.add(ShaclCheck.line(e, data, NO_FILE)));
        return List.copyOf(lines);
    }

    private static Graph shapes(DatasetGraph dsg, List<SourceFile> files) {
        Graph shapes = GraphFactory.createDefaultGraph();
        files.stream().filter(SourceFile::isShapes).forEach(f -> GraphUtil.addInto(shapes, dsg.getGraph(NodeFactory.createURI(f.graphName()))));
        return shapes;
    }

    private static long subjects(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.getUnionGraph().find().mapWith(t -> t.getSubject()).toSet().size());
    }
}
