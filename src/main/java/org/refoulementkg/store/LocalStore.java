package org.refoulementkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ARQ;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.refoulementkg.load.Loader.LoadedData;

/**
 * TDB2 on disk (or in memory). On disk, each publish builds a complete new store in
 * {@code root/stores/<id>} and then points {@code root/CURRENT} at it with an atomic rename, so a reader
 * (this process or a server in another one) sees the old complete store or the new complete one, never a mix.
 * A server notices a new CURRENT within a second and switches without a restart.
 */
final class LocalStore implements KnowledgeGraph {
    private static final Duration GRACE = Duration.ofSeconds(90);
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;
    private final AtomicReference<Served> served = new AtomicReference<>();
    private final ScheduledExecutorService background;

    private record Served(String id, Dataset dataset) {}

    LocalStore(Path root) {
        this.root = root;
        var timers = new ScheduledThreadPoolExecutor(1, r -> {
            var t = new Thread(r, "store-watch");
            t.setDaemon(true);
            return t;
        });
        timers.setRemoveOnCancelPolicy(true); // a page's query alarm is cancelled when it finishes: drop it at once
        this.background = timers;
        if (root == null) {
            served.set(new Served("mem", TDB2Factory.createDataset()));
        } else {
            try {
                Files.createDirectories(root.resolve("stores"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the store directory " + root, e);
            }
            String current = readCurrent();
            served.set(current == null ? new Served("none", TDB2Factory.createDataset()) : open(current));
            background.scheduleWithFixedDelay(this::followCurrent, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public <T> T query(Query original, Duration timeout, Function<QueryExecution, T> work) {
        Dataset ds = served.get().dataset();
        Query query = InterruptibleRegex.rewrite(original);
        long deadline = System.nanoTime() + timeout.toNanos();
        return InterruptibleRegex.withDeadline(deadline, () -> Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    // FROM / default-graph-uri define the default graph themselves; otherwise it is the union.
                    .set(TDB2.symUnionDefaultGraph, !query.hasDatasetDescription())
                    .set(ARQ.httpServiceAllowed, false) // the web face refuses SERVICE; this is the second lock
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                return work.apply(qe);
            }
        }));
    }

    /**
     * Runs the template's plan, compiled and optimised once, with its variable bound: the same engine, index choices and
     * union default graph as {@link #query}, without compiling and optimising the query again on each page.
     */
    @Override
    public void construct(Template template, Node value, Duration timeout, Graph into) {
        Dataset ds = served.get().dataset();
        Op plan = template.plan();
        long deadline = System.nanoTime() + timeout.toNanos();
        Txn.executeRead(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Context cxt = ARQ.getContext().copy();
            cxt.set(TDB2.symUnionDefaultGraph, true);
            cxt.set(ARQ.optimization, false); // optimised already, with the variable free
            Binding start = BindingFactory.binding(template.var(), value);
            QueryIterator rows = QueryEngineRegistry.findFactory(plan, dsg, cxt).create(plan, dsg, start, cxt).iterator();
            // As Jena's own timeout does: at the deadline the iterators are told to stop, wherever they are.
            var alarm = background.schedule(rows::cancel, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            try {
                List<Triple> triples = template.query().getConstructTemplate().getTriples();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    for (Triple t : triples) {
                        Triple made = Substitute.substitute(t, row);
                        if (made.isConcrete()) into.add(made);
                    }
                }
            } finally {
                alarm.cancel(false);
                rows.close();
            }
        });
    }

    @Override
    public void publish(LoadedData data) {
        if (root == null) {
            data.validated();
            Dataset fresh = TDB2Factory.createDataset();
            fill(fresh, data);
            swap(new Served("mem", fresh));
            return;
        }
        try (FileChannel ch = FileChannel.open(root.resolve("load.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.tryLock()) {
            if (lock == null) throw new IllegalStateException("Another load is running on " + root + " (load.lock is held)");
            removeAbandonedStores();
            String id = LocalDateTime.now().format(ID);
            Path dir = root.resolve("stores").resolve(id);
            Dataset fresh = OpenStores.connect(dir);
            try {
                fill(fresh, data);
            } catch (RuntimeException | Error e) { // a full disk shows up as an IOException or as an InternalError from a mapped file
                release(fresh);
                deleteTree(dir);
                throw new IllegalStateException("Could not write the new store in " + dir + " (" + describe(e)
                        + "). Is the disk full? The previous data is still served, unchanged.", e);
            }
            try {
                data.validated(); // the checks ran while the store was written: only valid data is switched to
            } catch (RuntimeException | Error e) {
                release(fresh);
                deleteTree(dir);
                throw e;
            }
            Path tmp = root.resolve("CURRENT.tmp");
            Files.writeString(tmp, id, StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            swap(new Served(id, fresh));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish to " + root, e);
        }
    }

    @Override
    public Optional<String> fingerprint() {
        return query(Meta.FINGERPRINT_QUERY, Duration.ofSeconds(10), qe -> {
            var rs = qe.execSelect();
            return rs.hasNext() ? Meta.fromVersion(rs.next().getLiteral("v").getString()) : Optional.<String>empty();
        });
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        Dataset ds = served.get().dataset();
        Txn.executeRead(ds, () -> RDFDataMgr.write(out, ds, lang));
    }

    @Override
    public String describe() {
        return root == null ? "in-memory TDB2" : "TDB2 at " + root.toAbsolutePath().normalize() + " (store " + served.get().id() + ")";
    }

    @Override
    public void close() {
        background.shutdownNow();
        Served s = served.getAndSet(null);
        if (s != null) release(s.dataset());
    }

    /**
     * Writes the data into a fresh, empty store with TDB2's bulk loader, which builds the node table and the
     * primary index and then each other index in its own pass: faster than adding the quads one by one in a write
     * transaction. The sequential loader, because it works in this thread: the phased and parallel loaders hand
     * the work to other threads, and when one of those fails (a full disk) the loader waits for it forever. In a
     * fresh JVM on two cores the sequential one is as fast (measured with ./kg bench).
     */
    private static void fill(Dataset target, LoadedData data) {
        var dsg = target.asDatasetGraph();
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        try {
            StreamRDF sink = loader.streamRDF();
            data.dataset().find().forEachRemaining(sink::quad);
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
        Txn.executeWrite(target, () -> Meta.record(dsg, data.fingerprint()));
    }

    /** Switch readers to the new store; release the old one after in-flight queries have had time to finish. */
    private void swap(Served next) {
        Served old = served.getAndSet(next);
        if (old != null && old.dataset() != next.dataset())
            background.schedule(() -> release(old.dataset()), GRACE.toSeconds(), TimeUnit.SECONDS);
    }

    private void followCurrent() {
        try {
            String current = readCurrent();
            Served s = served.get();
            if (current != null && s != null && !current.equals(s.id())) swap(open(current));
        } catch (RuntimeException e) {
            System.err.println("store: could not switch to the new store: " + e.getMessage());
        }
    }

    private Served open(String id) {
        return new Served(id, OpenStores.connect(root.resolve("stores").resolve(id)));
    }

    private String readCurrent() {
        Path p = root.resolve("CURRENT");
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores that are neither current nor the one before it: leftovers of older or interrupted loads. */
    private void removeAbandonedStores() throws IOException {
        String current = readCurrent();
        try (Stream<Path> dirs = Files.list(root.resolve("stores"))) {
            var all = dirs.sorted(Comparator.reverseOrder()).toList();
            boolean keptPrevious = false;
            for (Path d : all) {
                String name = d.getFileName().toString();
                if (name.equals(current)) continue;
                if (!keptPrevious && current != null && name.compareTo(current) < 0) { keptPrevious = true; continue; }
                deleteTree(d);
            }
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static void release(Dataset ds) {
        OpenStores.release(ds);
    }
}
