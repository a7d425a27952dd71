package org.refoulementkg.web.sparql;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.management.NotificationEmitter;

import org.apache.jena.query.QueryExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backstop behind {@link QueryLimits}: when the heap is still fuller than {@code heapFraction} after a collection,
 * the running query that has allocated the most since it started is stopped (503, "memory"), before the JVM would
 * throw OutOfMemoryError at whichever request happens to allocate next. The named limits catch the usual cases
 * first; this catches what they do not foresee (a large join table, say).
 */
final class HeapGuard {
    private static final Logger LOG = LoggerFactory.getLogger(HeapGuard.class);
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * How long after a stopped query has ended no other is stopped: the heap's old generation reports its usage as of
     * its own last collection, so the young collections just after still show the stopped query's memory.
     */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private static HeapGuard shared;
    private final Map<Thread, Running> running = new ConcurrentHashMap<>();
    private final long settleNanos;
    private volatile long lastStoppedEnd;
    private volatile boolean anyStoppedEnded;

    HeapGuard(Duration settle) { this.settleNanos = settle.toNanos(); }

    private static final class Running {
        final QueryExecution qe;
        final long allocatedAtStart;
        volatile boolean stopped;
        Running(QueryExecution qe, long allocatedAtStart) { this.qe = qe; this.allocatedAtStart = allocatedAtStart; }
        long allocated(Thread t) { return THREADS.getThreadAllocatedBytes(t.threadId()) - allocatedAtStart; }
    }

    /** The guard of this JVM (there is one heap): the first app's fraction sets the threshold. */
    static synchronized HeapGuard shared(double heapFraction) {
        if (shared == null) shared = new HeapGuard(SETTLE).listenAt(heapFraction);
        return shared;
    }

    /** Asks the JVM to call {@link #stopLargest} after every collection that leaves the heap above the fraction. */
    private HeapGuard listenAt(double heapFraction) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0
                    && !pool.getName().contains("Eden") && !pool.getName().contains("Survivor"))
                pool.setCollectionUsageThreshold(Math.max(pool.getCollectionUsageThreshold(), (long) (max * heapFraction)));
        }
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((n, handback) -> {
            if (n.getType().equals(MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED)) stopLargest();
        }, null, null);
        return this;
    }

    /** Runs {@code work} (which reads {@code qe}) on this thread, as a query the guard may stop. */
    <T> T watch(QueryExecution qe, Supplier<T> work) {
        Thread t = Thread.currentThread();
        var r = new Running(qe, THREADS.getThreadAllocatedBytes(t.threadId()));
        running.put(t, r);
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (r.stopped) throw exceeded();
            throw e;
        } finally {
            running.remove(t);
            if (r.stopped) { lastStoppedEnd = System.nanoTime(); anyStoppedEnded = true; }
        }
    }

    /**
     * Stops the query that has allocated the most, unless one stopped before is still unwinding: until it has, the
     * memory it holds is not free yet, and the collections in between would otherwise stop an innocent query too; nor
     * within {@link #SETTLE} after it ended, while the heap's figures may still count it.
     */
    void stopLargest() {
        if (running.values().stream().anyMatch(r -> r.stopped)) return;
        if (anyStoppedEnded && System.nanoTime() - lastStoppedEnd < settleNanos) return;
        running.entrySet().stream()
                .max(Comparator.comparingLong(e -> e.getValue().allocated(e.getKey())))
                .ifPresent(e -> {
                    LOG.warn("heap above the limit after a collection: stopping the query on {} ({} MB allocated)",
                            e.getKey().getName(), e.getValue().allocated(e.getKey()) >> 20);
                    e.getValue().stopped = true;
                    e.getValue().qe.abort();
                });
    }

    static QueryLimits.Exceeded exceeded() {
        return new QueryLimits.Exceeded("Stopped: the server's memory for queries ran short while this query held the most. "
                + "Narrow it down (more specific patterns, LIMIT in subqueries) or run it locally with ./kg query.");
    }
}
