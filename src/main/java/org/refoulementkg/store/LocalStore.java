package org.refoulementkg.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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

    LocalStore(Generations generations) {
        this.generations = generations;
        var timers = new ScheduledThreadPoolExecutor(1, r -> {
            var t = new Thread(r, "store-watch");
            t.setDaemon(true);
            return t;
        });
        timers.setRemoveOnCancelPolicy(true); // a page's query alarm is cancelled when it finishes: drop it at once
        this.background = timers;
        this.plans = new PlanRunner(timers);
        served.set(generations.current());
        if (generations.shared()) background.scheduleWithFixedDelay(this::followOthers, 1, 1, TimeUnit.SECONDS);
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
        Generation g = served.getAndSet(null);
        if (g != null) OpenStores.release(g.dataset());
    }

    /** Switch readers to the new generation; release the old one after in-flight queries have had time to finish. */
    private void swap(Generation next) {
        Generation old = served.getAndSet(next);
        if (old != null && old.dataset() != next.dataset())
            background.schedule(() -> OpenStores.release(old.dataset()), GRACE.toSeconds(), TimeUnit.SECONDS);
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
