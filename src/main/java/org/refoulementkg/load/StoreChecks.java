package org.refoulementkg.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
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
    /** The seconds each check took, summed over its tasks (they run side by side). */
    record Timing(double shacl, double quotes) {}

    private final DatasetGraph written;
    private final String briefingText;
    private final PrintStream progress;

    StoreChecks(DatasetGraph written, String briefingText, PrintStream progress) {
        this.written = written;
        this.briefingText = briefingText;
        this.progress = progress;
    }

    /**
     * {@code shapesGraphs}: the graphs holding the shapes, or null to skip SHACL. The shapes and the quote check run side
     * by side on all cores. Throws {@link LoadFailedException}: the SHACL violations, else the quote problems.
     */
    Timing run(List<String> shapesGraphs) {
        Graph data = new UnionView(written); // no derived graphs yet; the shapes' own triples target nothing
        var tasks = new ArrayList<Callable<Checked>>();
        if (shapesGraphs == null) note("SHACL validation skipped (--no-shacl)");
        else if (shapesGraphs.isEmpty()) note("no ontology/shapes.ttl, SHACL validation skipped");
        else for (var shape : Txn.calculateRead(written, () -> ShaclCheck.tasks(shapes(shapesGraphs), written, data, this::whereDescribed)))
            tasks.add(timed(true, shape));
        if (briefingText != null) tasks.add(timed(false, () -> new QuoteCheck(briefingText).problems(data, this::whereDescribed)));
        List<Checked> results = ParallelReads.run(written, tasks);
        List<String> violations = ShaclCheck.lines(results.stream().filter(Checked::shacl).map(Checked::problems).toList());
        if (!violations.isEmpty()) throw new LoadFailedException("SHACL violations, nothing loaded", violations);
        List<String> quoteProblems = results.stream().filter(c -> !c.shacl()).flatMap(c -> c.problems().stream()).toList();
        if (!quoteProblems.isEmpty()) throw new LoadFailedException("Provenance problems, nothing loaded", quoteProblems);
        return new Timing(results.stream().filter(Checked::shacl).mapToDouble(Checked::seconds).sum(),
                results.stream().filter(c -> !c.shacl()).mapToDouble(Checked::seconds).sum());
    }

    /** What one task found, and how long it took. */
    private record Checked(boolean shacl, List<String> problems, double seconds) {}

    private static Callable<Checked> timed(boolean shacl, Callable<List<String>> check) {
        return () -> {
            long start = System.nanoTime();
            List<String> problems = check.call();
            return new Checked(shacl, problems, (System.nanoTime() - start) / 1e9);
        };
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
