package org.refoulementkg.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.refoulementkg.store.LoadFailedException;
import org.refoulementkg.store.Publication;
import org.refoulementkg.store.Publisher;
import org.refoulementkg.vocab.Graphs;
import org.refoulementkg.vocab.RKG;

/**
 * Stages the sources for publishing: parses every file strictly (side by side, each into its own graph), adds the
 * briefing's text, and starts the {@link Checks} on another thread, so that a store can be written meanwhile; every
 * store waits for them ({@link Publication#validated()}) before it shows the data to anyone. Nothing is published on
 * failure.
 *
 * <pre>{@code
 * var loader = new Loader(Sources.in(Path.of(".")), true);
 * Publication checked = loader.prepare(System.out);      // ./kg validate
 * new Publisher(kg, loader).publish(System.out);        // ./kg load
 * }</pre>
 */
public final class Loader implements Publisher.Staging {
    private final Sources sources;
    private final Supplier<List<SourceFile>> files;
    private final boolean shacl;

    /** All the sources, found afresh each time; {@code shacl = false} skips the SHACL shapes (parsing and quotes still run). */
    public Loader(Sources sources, boolean shacl) { this(sources, sources::files, shacl); }

    /** Just these files (with the briefing text of {@code sources}), checked in full. */
    public Loader(Sources sources, List<SourceFile> files) { this(sources, () -> files, true); }

    private Loader(Sources sources, Supplier<List<SourceFile>> files, boolean shacl) {
        this.sources = sources;
        this.files = files;
        this.shacl = shacl;
    }

    /** Stages and waits for the checks: the validated data, or {@link LoadFailedException} with every problem. */
    public Publication prepare(PrintStream progress) { return stage(progress).validated(); }

    @Override public String fingerprint() { return Fingerprint.of(sources, files.get()); }

    @Override public String describe() { return sources.dataDir().toString(); }

    /**
     * Parses (syntax errors are thrown here) and starts the SHACL and quote checks on their own thread: the caller
     * writes the data while they run. On two cores a large load takes about as long as the longer of the two.
     */
    @Override public Publication stage(PrintStream progress) {
        long start = System.nanoTime();
        List<SourceFile> files = this.files.get();
        if (files.isEmpty())
            throw new LoadFailedException("Nothing to load", List.of("no .ttl or .trig files under " + sources.ontologyDir() + " or " + sources.dataDir()));
        DatasetGraph staging = parse(files, progress, start);
        String text = readBriefingText();
        if (text != null) staging.add(NodeFactory.createURI(Graphs.TEXT), RKG.briefing.asNode(), RKG.fullText.asNode(), NodeFactory.createLiteralString(text));

        long parsed = System.nanoTime();
        long quads = count(staging); // what the sources hold; the derived graphs come on top
        long derived = DerivedGraphs.addTo(staging);
        if (progress != null) progress.printf("  derived %,d triples (graph/inferred, graph/reification)%n", derived);
        var checks = new CompletableFuture<Void>();
        var checker = new Thread(() -> {
            try {
                Checks.Timing t = Checks.run(staging, files, text, shacl, progress);
                if (progress != null)
                    progress.printf("  validated %d files, %,d triples in %.1f s (parse %.1f s, SHACL %.1f s, quotes %.1f s)%n", files.size(), quads,
                            (System.nanoTime() - start) / 1e9, (parsed - start) / 1e9, t.shacl(), t.quotes());
                checks.complete(null);
            } catch (Throwable e) {
                checks.completeExceptionally(e);
            }
        }, "validate");
        checker.setDaemon(true);
        checker.start();
        return new Publication(staging, Fingerprint.of(sources, files), files.size(), quads, checks);
    }

    /**
     * Every file into one dataset of plain in-memory graphs: staging needs no transactions (a transactional in-memory
     * dataset makes each add its own transaction: several times slower and larger). Files are parsed side by side, each
     * into its own graphs, and joined in file order, so that errors keep their order; all syntax errors are reported.
     */
    private static DatasetGraph parse(List<SourceFile> files, PrintStream progress, long start) {
        DatasetGraph staging = DatasetGraphFactory.createGeneral();
        var parseErrors = new ArrayList<String>();
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService parsers = Executors.newFixedThreadPool(threads, r -> {
            var t = new Thread(r, "parse");
            t.setDaemon(true);
            return t;
        });
        long lastReport = start;
        try {
            List<Future<DatasetGraph>> parsed = files.stream().map(f -> parsers.submit(() -> {
                DatasetGraph own = DatasetGraphFactory.createGeneral();
                StrictParser.parseInto(f, own);
                return own;
            })).toList();
            for (int i = 0; i < parsed.size(); i++) {
                try {
                    join(parsed.get(i).get(), staging);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof DataFileException bad) parseErrors.add(bad.getMessage());
                    else if (e.getCause() instanceof RuntimeException re) throw re;
                    else throw new IllegalStateException(e.getCause());
                }
                int done = i + 1;
                long now = System.nanoTime();
                if (progress != null && (now - lastReport > 2_000_000_000L || done == files.size())) { // every two seconds
                    lastReport = now;
                    progress.printf("  parsed %d/%d files, %,d triples, %,.0f triples/s%n", done, files.size(), count(staging), rate(count(staging), start));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } finally {
            parsers.shutdownNow();
        }
        if (!parseErrors.isEmpty()) throw new LoadFailedException("Syntax errors, nothing loaded", parseErrors);
        return staging;
    }

    /** Adds a file's graphs to the staging dataset: linked where the graph is new, copied where another file has it too. */
    private static void join(DatasetGraph own, DatasetGraph staging) {
        own.listGraphNodes().forEachRemaining(g -> {
            if (!staging.containsGraph(g)) staging.addGraph(g, own.getGraph(g));
            else GraphUtil.addInto(staging.getGraph(g), own.getGraph(g));
        });
    }

    /** The briefing's text goes into the graph too, so that SPARQL can check quotes against it. */
    private String readBriefingText() {
        Path p = sources.briefingText();
        if (!Files.exists(p)) return null;
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadFailedException("Cannot read the briefing text", List.of(p + ": " + e.getMessage()));
        }
    }

    private static long count(DatasetGraph dsg) {
        long n = 0;
        var it = dsg.listGraphNodes();
        while (it.hasNext()) n += dsg.getGraph(it.next()).size();
        return n;
    }

    private static double rate(long n, long start) {
        double s = (System.nanoTime() - start) / 1e9;
        return s > 0 ? n / s : 0;
    }
}
