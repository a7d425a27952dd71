package org.refoulementkg.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.refoulementkg.vocab.RKG;

/**
 * Reads {@code ontology/} and {@code data/}, parses strictly, validates with the SHACL shapes and the
 * provenance checks, and only then hands back a complete dataset to publish. Nothing is published on failure.
 *
 * <pre>{@code
 * LoadedData data = Loader.prepare(Sources.in(Path.of(".")), System.out);
 * knowledgeGraph.publish(data);
 * }</pre>
 *
 * {@link #stage} hands the parsed data back while the SHACL and quote checks still run on another thread, so
 * that a store can be written meanwhile; every store calls {@link LoadedData#validated()} before it shows the
 * data to anyone, and throws the new store away if the checks fail.
 */
public final class Loader {
    /** Bump when the way files map to graphs changes, so that stores built by older code are rebuilt. */
    private static final String LAYOUT_VERSION = "1";
    public static final String TEXT_GRAPH = RKG.GRAPH + "briefing/text";

    private Loader() {}

    /** Where the sources live. */
    public record Sources(Path ontologyDir, Path dataDir) {
        public static Sources in(Path home) { return new Sources(home.resolve("ontology"), home.resolve("data")); }
        public Path briefingText() { return dataDir.resolve("briefing").resolve("briefing.txt"); }
        public List<SourceFile> files() { return SourceFile.discover(ontologyDir, dataDir); }
    }

    /**
     * A parsed dataset with the fingerprint of the sources it was built from, and its checks (SHACL, quotes): done
     * when it comes from {@link #prepare}, possibly still running when it comes from {@link #stage}.
     */
    public record LoadedData(DatasetGraph dataset, String fingerprint, int files, long quads, CompletableFuture<Void> checks) {
        /** Waits for the checks; throws {@link LoadFailedException} (or what else stopped them) if the data is not valid. */
        public LoadedData validated() {
            try {
                checks.join();
                return this;
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        }
    }

    public static LoadedData prepare(Sources sources, PrintStream progress) {
        return stage(sources, sources.files(), progress, true).validated();
    }

    /**
     * As above; {@code shacl = false} skips the SHACL shapes (strict parsing and the quote check still run), for bulk
     * data that was validated before or is valid by construction, such as a generated benchmark corpus.
     */
    public static LoadedData prepare(Sources sources, PrintStream progress, boolean shacl) {
        return stage(sources, sources.files(), progress, shacl).validated();
    }

    /** Prepares just the given files (with the briefing text of {@code sources}). */
    public static LoadedData prepare(Sources sources, List<SourceFile> files, PrintStream progress) {
        return stage(sources, files, progress, true).validated();
    }

    /**
     * Parses (syntax errors are thrown here) and starts the SHACL and quote checks on their own thread: the caller
     * writes the data while they run, and publishes only after {@link LoadedData#validated()}. On two cores a large
     * load takes about as long as the longer of the two instead of both.
     */
    public static LoadedData stage(Sources sources, PrintStream progress, boolean shacl) {
        return stage(sources, sources.files(), progress, shacl);
    }

    private static LoadedData stage(Sources sources, List<SourceFile> files, PrintStream progress, boolean withShacl) {
        long start = System.nanoTime();
        if (files.isEmpty())
            throw new LoadFailedException("Nothing to load", List.of("no .ttl or .trig files under " + sources.ontologyDir() + " or " + sources.dataDir()));

        // Plain in-memory graphs, one per file: staging needs no transactions (a transactional in-memory dataset
        // makes each add its own transaction: several times slower and larger).
        DatasetGraph staging = DatasetGraphFactory.createGeneral();
        var parseErrors = new ArrayList<String>();
        // Files are parsed side by side, each into its own graphs, and joined in file order: errors keep their order.
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

        String text = readBriefingText(sources);
        if (text != null) addText(staging, text);

        long parsed = System.nanoTime();
        long quads = count(staging);
        var checks = new CompletableFuture<Void>();
        var checker = new Thread(() -> {
            try {
                double[] seconds = check(staging, files, text, withShacl, progress);
                if (progress != null)
                    progress.printf("  validated %d files, %,d triples in %.1f s (parse %.1f s, SHACL %.1f s, quotes %.1f s)%n", files.size(), quads,
                            (System.nanoTime() - start) / 1e9, (parsed - start) / 1e9, seconds[0], seconds[1]);
                checks.complete(null);
            } catch (Throwable t) {
                checks.completeExceptionally(t);
            }
        }, "validate");
        checker.setDaemon(true);
        checker.start();
        return new LoadedData(staging, fingerprint(sources, files), files.size(), quads, checks);
    }

    /**
     * SHACL (unless skipped) and the quote check over all data graphs; throws {@link LoadFailedException} with every
     * problem. Returns the seconds each took.
     */
    private static double[] check(DatasetGraph staging, List<SourceFile> files, String text, boolean withShacl, PrintStream progress) {
        long start = System.nanoTime();
        Graph data = unionOfData(staging, files);
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
        if (text != null) {
            List<String> quoteProblems = new QuoteCheck(text).problems(data, n -> whereDescribed(staging, n));
            if (!quoteProblems.isEmpty()) throw new LoadFailedException("Provenance problems, nothing loaded", quoteProblems);
        }
        return new double[] {(shacl - start) / 1e9, (System.nanoTime() - shacl) / 1e9};
    }

    /** Adds a file's graphs to the staging dataset: linked where the graph is new, copied where another file has it too. */
    private static void join(DatasetGraph own, DatasetGraph staging) {
        own.listGraphNodes().forEachRemaining(g -> {
            if (!staging.containsGraph(g)) staging.addGraph(g, own.getGraph(g));
            else org.apache.jena.graph.GraphUtil.addInto(staging.getGraph(g), own.getGraph(g));
        });
    }

    /** A fingerprint of the sources' contents: when it changes, the store is out of date. */
    public static String fingerprint(Sources sources, List<SourceFile> files) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            md.update(LAYOUT_VERSION.getBytes(StandardCharsets.UTF_8));
            var all = new ArrayList<Path>(files.stream().map(SourceFile::path).toList());
            if (Files.exists(sources.briefingText())) all.add(sources.briefingText());
            for (Path p : all) {
                md.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readBriefingText(Sources sources) {
        Path p = sources.briefingText();
        if (!Files.exists(p)) return null;
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadFailedException("Cannot read the briefing text", List.of(p + ": " + e.getMessage()));
        }
    }

    /** The briefing's text goes into the graph too, so that SPARQL can check quotes against it. */
    private static void addText(DatasetGraph dsg, String text) {
        dsg.add(NodeFactory.createURI(TEXT_GRAPH), RKG.briefing, RKG.fullText, NodeFactory.createLiteralString(text));
    }

    /** All data graphs (not the shapes) copied into one graph: SHACL and the quote check run far faster on it than on a union view. */
    private static Graph unionOfData(DatasetGraph dsg, List<SourceFile> files) {
        Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.listGraphNodes().forEachRemaining(g -> {
            boolean isShapes = g.getURI().startsWith(RKG.GRAPH + "ontology/shapes");
            if (!isShapes) org.apache.jena.graph.GraphUtil.addInto(union, dsg.getGraph(g));
        });
        return union;
    }

    /** "cases/daoud-muradov: " — the graph (file) where a resource is described, to start an error line with. */
    private static String whereDescribed(DatasetGraph dsg, org.apache.jena.graph.Node n) {
        var it = dsg.find(org.apache.jena.graph.Node.ANY, n, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
        return it.hasNext() ? it.next().getGraph().getURI().substring(RKG.GRAPH.length()) + ": " : "";
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
