package org.refoulementkg.load;

import java.io.PrintStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.refoulementkg.store.LoadFailedException;
import org.refoulementkg.vocab.Graphs;

/**
 * The checks a staged dataset must pass before it is served: the SHACL shapes of the shapes graphs (unless skipped)
 * and the quote check against the briefing's text, over all other graphs. Each failure lists every problem, each line
 * starting with the file where the resource is described.
 */
final class Checks {
    /** The seconds each check took. */
    record Timing(double shacl, double quotes) {}

    private Checks() {}

    /** Throws {@link LoadFailedException} with every problem. */
    static Timing run(DatasetGraph staging, List<SourceFile> files, String briefingText, boolean withShacl, PrintStream progress) {
        long start = System.nanoTime();
        Graph data = dataGraphs(staging);
        List<SourceFile> shapesFiles = files.stream().filter(SourceFile::isShapes).toList();
        if (!withShacl) {
            if (progress != null) progress.println("  note: SHACL validation skipped (--no-shacl)");
        } else if (!shapesFiles.isEmpty()) {
            var shapes = new MultiUnion();
            shapesFiles.forEach(f -> shapes.addGraph(staging.getGraph(NodeFactory.createURI(f.graphName()))));
            List<String> violations = ShaclCheck.violations(shapes, data, n -> whereDescribed(staging, n));
            if (!violations.isEmpty()) throw new LoadFailedException("SHACL violations, nothing loaded", violations);
        } else if (progress != null) {
            progress.println("  note: no ontology/shapes.ttl, SHACL validation skipped");
        }
        long shacl = System.nanoTime();
        if (briefingText != null) {
            List<String> quoteProblems = new QuoteCheck(briefingText).problems(data, n -> whereDescribed(staging, n));
            if (!quoteProblems.isEmpty()) throw new LoadFailedException("Provenance problems, nothing loaded", quoteProblems);
        }
        return new Timing((shacl - start) / 1e9, (System.nanoTime() - shacl) / 1e9);
    }

    /** All graphs but the shapes, copied into one graph: SHACL and the quote check run far faster on it than on a union view. */
    private static Graph dataGraphs(DatasetGraph dsg) {
        Graph union = GraphFactory.createDefaultGraph();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!Graphs.isShapes(g.getURI()) && !Graphs.isDerived(g.getURI())) GraphUtil.addInto(union, dsg.getGraph(g));
        });
        return union;
    }

    /** "cases/daoud-muradov: " — the graph (file) where a resource is described, to start an error line with. */
    private static String whereDescribed(DatasetGraph dsg, Node n) {
        var it = dsg.find(Node.ANY, n, Node.ANY, Node.ANY);
        return it.hasNext() ? Graphs.shortName(it.next().getGraph().getURI()) + ": " : "";
    }
}
