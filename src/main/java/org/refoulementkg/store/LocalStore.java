package org.refoulementkg.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TDB2 in this process: queries and template plans run on the served {@link Generation}; a publish builds a new
 * generation ({@link Generations}: in memory or on disk) and switches readers to it. On disk, a generation that
 * another process made current is noticed within a second and served without a restart.
 */
final class LocalStore implements KnowledgeGraph {
    private static final Logger LOG = LoggerFactory.getLogger(LocalStore.class);
    /** How long a replaced generation stays open for the queries still reading it. */
    private static final Duration GRACE = Duration.ofSeconds(90);

    private final Generations generations;
    private final AtomicReference<Generation> served = new AtomicReference<>();
    private final ScheduledExecutorService background;
    private final PlanRunner plans;
    private final long replicaMaxTriples;
    private final AtomicLong inMemoryAnswers = new AtomicLong();
    private final AtomicReference<MemoryReplica> replica = new AtomicReference<>();
    private volatile boolean closing;
    /** Copies generations into memory, one at a time, away from the timers (a copy takes seconds). */
    private final ExecutorService copier = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "store-memory-replica");
        t.setDaemon(true);
        return t;
    });

    /** {@code replicaMaxTriples}: the largest default graph copied into memory for queries (0: none). */
    LocalStore(Generations generations, long replicaMaxTriples) {
        this.generations = generations;
        this.replicaMaxTriples = replicaMaxTriples;
        var timers = new ScheduledThreadPoolExecutor(1, r -> {
            var t = new Thread(r, "store-watch");
            t.setDaemon(true);
            return t;
        });
        timers.setRemoveOnCancelPolicy(true); // a page's query alarm is cancelled when it finishes: drop it at once
        this.background = timers;
        this.plans = new PlanRunner(timers);
        served.set(generations.current());
        copyToMemory(served.get());
        if (generations.shared()) background.scheduleWithFixedDelay(this::followOthers, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public <T> T query(Query original, Duration timeout, Function<QueryExecution, T> work) {
        Generation generation = served.get();
        Query query = InterruptibleRegex.rewrite(original);
        long deadline = System.nanoTime() + timeout.toNanos();
        MemoryReplica copy = replica.get();
        if (copy != null && copy.isOf(generation) && MemoryReplica.answers(query)) {
            inMemoryAnswers.incrementAndGet();
            return InterruptibleRegex.withDeadline(deadline, () -> run(copy.dataset(), query, timeout, work));
        }
        Dataset ds = generation.dataset();
        return InterruptibleRegex.withDeadline(deadline, () -> Txn.calculateRead(ds, () -> run(ds, query, timeout, work)));
    }

    private static <T> T run(Dataset ds, Query query, Duration timeout, Function<QueryExecution, T> work) {
        var builder = QueryExecution.dataset(ds).query(query)
                // FROM / default-graph-uri define the default graph themselves; otherwise it is the union.
                .set(TDB2.symUnionDefaultGraph, !query.hasDatasetDescription())
                .set(ARQ.httpServiceAllowed, false) // the web face refuses SERVICE; this is the second lock
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExecution qe = SubqueryMemo.install(builder).build()) {
            return work.apply(qe);
        }
    }

    /** How many queries the in-memory copy answered: for tests and benchmarks. */
    long inMemoryAnswers() { return inMemoryAnswers.get(); }

    /** The generation served now: for tests. */
    Generation served() { return served.get(); }

    /** Waits until the copies asked for so far are made (or refused): for tests. */
    void awaitCopies() { Await.result(copier.submit(() -> {})); }

    /** The in-memory copy of the served generation, once it is made. */
    Optional<MemoryReplica> replica() {
        MemoryReplica copy = replica.get();
        Generation s = served.get();
        return copy != null && s != null && copy.isOf(s) ? Optional.of(copy) : Optional.empty();
    }

    @Override
    public void construct(Template template, Node value, Duration timeout, Graph into) {
        plans.construct(served.get().dataset(), template, value, timeout, into);
    }

    @Override
    public void publish(Publication publication) {
        swap(generations.build(publication));
    }

    @Override
    public Optional<DataVersion> version() { return served.get().version(); }

    @Override
    public void export(Consumer<DatasetGraph> reader) {
        Dataset ds = served.get().dataset();
        Txn.executeRead(ds, () -> reader.accept(ds.asDatasetGraph()));
    }

    @Override
    public String describe() { return generations.describe(served.get()); }

    @Override
    public void close() {
        background.shutdownNow();
        closing = true; // a copy in progress stops at its next check and ends its read transaction
        copier.shutdown();
        try {
            if (!copier.awaitTermination(30, TimeUnit.SECONDS)) LOG.warn("the copy into memory did not stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        replica.set(null);
        Generation g = served.getAndSet(null);
        if (g != null) OpenStores.release(g.dataset());
    }

    /** Switch readers to the new generation; release the old one after in-flight queries have had time to finish. */
    private void swap(Generation next) {
        Generation old = served.getAndSet(next);
        replica.set(null); // the old copy answers nothing now: let it go before the new one is made
        copyToMemory(next);
        if (old != null && old.dataset() != next.dataset())
            background.schedule(() -> OpenStores.release(old.dataset()), GRACE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Copies {@code generation} into memory in the background, if it is still served and fits the budget. */
    private void copyToMemory(Generation generation) {
        if (replicaMaxTriples <= 0 || closing || generation.version().isEmpty()) return;
        copier.execute(() -> {
            if (served.get() != generation) return; // replaced while waiting: copy the newer one instead
            try {
                long t0 = System.nanoTime();
                MemoryReplica.copy(generation, replicaMaxTriples, () -> closing).ifPresentOrElse(copy -> {
                    if (served.get() == generation) replica.set(copy);
                    LOG.info("copied {} triples into memory for queries in {} ms", copy.triples(), (System.nanoTime() - t0) / 1_000_000);
                }, () -> LOG.info("the data holds more than {} triples: queries run on TDB2 only", replicaMaxTriples));
            } catch (CancellationException e) {
                // the store is closing
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.warn("could not copy the data into memory, queries run on TDB2: {}", e.toString());
            }
        });
    }

    private void followOthers() {
        try {
            Generation s = served.get();
            if (s != null) generations.newerThan(s).ifPresent(this::swap);
        } catch (RuntimeException e) {
            LOG.warn("could not switch to the new store: {}", e.getMessage());
        }
    }
}
