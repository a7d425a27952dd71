package org.refoulementkg.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.refoulementkg.store.LoadFailedException;
import org.refoulementkg.store.Publication;
import org.refoulementkg.vocab.Graphs;
import org.refoulementkg.vocab.RKG;

/**
 * The project's sources as a {@link Publication}, in bounded memory: phase 1 streams file after file through the
 * strict parser into the store (UTF-8 and syntax checked per file, every bad file reported); phase 2 runs the
 * {@link StoreChecks} on what the store wrote and streams the {@link DerivedGraphs} out of it.
 */
final class SourcesPublication implements Publication {
    private final List<SourceFile> files;
    private final String briefingText;
    private final boolean shacl;
    private final String fingerprint;
    private final PrintStream progress;
    private long quads;

    SourcesPublication(List<SourceFile> files, String briefingText, boolean shacl, String fingerprint, PrintStream progress) {
        this.files = files;
        this.briefingText = briefingText;
        this.shacl = shacl;
        this.fingerprint = fingerprint;
        this.progress = progress;
    }

    @Override public String fingerprint() { return fingerprint; }
    @Override public int files() { return files.size(); }
    @Override public long quads() { return quads; }

    /** After a file that does not parse, the others are still parsed (into nothing) so that all syntax errors are listed. */
    @Override public void writeSources(StreamRDF sink) {
        long start = System.nanoTime(), lastReport = start;
        var errors = new ArrayList<String>();
        quads = 0;
        for (int i = 0; i < files.size(); i++) {
            try {
                quads += StrictParser.parse(files.get(i), errors.isEmpty() ? sink : StreamRDFLib.sinkNull());
            } catch (DataFileException bad) {
                errors.add(bad.getMessage());
            }
            long now = System.nanoTime();
            if (progress != null && (now - lastReport > 2_000_000_000L || i == files.size() - 1)) { // every two seconds
                lastReport = now;
                progress.printf("  wrote %d/%d files, %,d triples, %,.0f triples/s%n", i + 1, files.size(), quads, quads / seconds(start));
            }
        }
        if (!errors.isEmpty()) throw new LoadFailedException("Syntax errors, nothing loaded", errors);
        if (progress != null) progress.printf("  wrote %,d triples of %d files in %.1f s (parsed strictly, bulk-loaded)%n", quads, files.size(), seconds(start));
        if (briefingText != null) { // so that SPARQL can check quotes against it
            sink.quad(new Quad(NodeFactory.createURI(Graphs.TEXT), RKG.briefing.asNode(), RKG.fullText.asNode(),
                    NodeFactory.createLiteralString(briefingText)));
            quads++;
        }
    }

    @Override public void check(DatasetGraph written) {
        long start = System.nanoTime();
        var shapes = files.stream().filter(SourceFile::isShapes).map(SourceFile::graphName).toList();
        StoreChecks.Timing t = new StoreChecks(written, briefingText, progress).run(shacl ? shapes : null);
        if (progress != null)
            progress.printf("  checked %,d triples of %d files in %.1f s (side by side: SHACL %.1f s, quotes %.1f s)%n", quads, files.size(),
                    seconds(start), t.shacl(), t.quotes());
    }

    @Override public long derive(DatasetGraph written, StreamRDF sink) {
        long start = System.nanoTime();
        long n = Txn.calculateRead(written, () -> DerivedGraphs.derive(written, sink));
        if (progress != null) progress.printf("  derived %,d triples (graph/inferred, graph/reification) in %.1f s%n", n, seconds(start));
        return n;
    }

    private static double seconds(long since) {
        return Math.max(1e-9, (System.nanoTime() - since) / 1e9);
    }
}
