package org.refoulementkg.load;

import java.io.PrintStream;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.refoulementkg.store.LoadFailedException;
import org.refoulementkg.vocab.Graphs;

/**
 * The checks that need the whole data, run on what the store wrote (read only, before anyone is shown it): the
 * SHACL shapes and the quote check against the briefing's text, over the union of the graphs. They run there, not
 * per file, because they follow links between files: {@code sh:targetClass} and {@code sh:class} follow the
 * ontology's {@code rdfs:subClassOf}; {@code sh:class} asks for the type of a resource another file describes (a
 * reference's footnote, an event's person, state or court); the SPARQL constraints (conflicting types, a footnote's
 * source) join across files; and a quote's footnotes come from the reference that holds its selector. Each failure
 * lists every problem, each line starting with the file where the resource is described.
 */
final class StoreChecks {
    /** The seconds each check took. */
    record Timing(double shacl, double quotes) {}

    private final DatasetGraph written;
    private final String briefingText;
    private final PrintStream progress;

    StoreChecks(DatasetGraph written, String briefingText, PrintStream progress) {
        this.written = written;
        this.briefingText = briefingText;
        this.progress = progress;
    }

    /** {@code shapesGraphs}: the graphs holding the shapes, or null to skip SHACL. Throws {@link LoadFailedException}. */
    Timing run(List<String> shapesGraphs) {
        long start = System.nanoTime();
        Graph data = written.getUnionGraph(); // no derived graphs yet; the shapes' own triples target nothing
        if (shapesGraphs == null) {
            note("SHACL validation skipped (--no-shacl)");
        } else if (shapesGraphs.isEmpty()) {
            note("no ontology/shapes.ttl, SHACL validation skipped");
        } else {
            List<String> violations = ShaclCheck.violations(shapes(shapesGraphs), data, this::whereDescribed);
            if (!violations.isEmpty()) throw new LoadFailedException("SHACL violations, nothing loaded", violations);
        }
        long shacl = System.nanoTime();
        if (briefingText != null) {
            List<String> quoteProblems = new QuoteCheck(briefingText).problems(data, this::whereDescribed);
            if (!quoteProblems.isEmpty()) throw new LoadFailedException("Provenance problems, nothing loaded", quoteProblems);
        }
        return new Timing((shacl - start) / 1e9, (System.nanoTime() - shacl) / 1e9);
    }

    /** The shapes, copied out of the store: they are few, and parsed once. */
    private Graph shapes(List<String> graphs) {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (String g : graphs) GraphUtil.addInto(shapes, written.getGraph(NodeFactory.createURI(g)));
        return shapes;
    }

    /** "cases/daoud-muradov: " — the graph (file) where a resource is described, to start an error line with. */
    private String whereDescribed(Node n) {
        var it = written.find(Node.ANY, n, Node.ANY, Node.ANY);
        try {
            return it.hasNext() ? Graphs.shortName(it.next().getGraph().getURI()) + ": " : "";
        } finally {
            Iter.close(it);
        }
    }

    private void note(String message) {
        if (progress != null) progress.println("  note: " + message);
    }
}
