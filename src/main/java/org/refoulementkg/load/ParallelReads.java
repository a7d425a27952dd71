package org.refoulementkg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.system.Txn;
import org.refoulementkg.store.Await;

/**
 * Read-only work on a dataset spread over the cores, each task in a read transaction of its own (a TDB2 transaction
 * belongs to one thread). The results come back in the tasks' order; the first task that failed throws.
 */
final class ParallelReads {
    private ParallelReads() {}

    static <T> List<T> run(Transactional dataset, List<Callable<T>> tasks) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            var t = new Thread(r, "check");
            t.setDaemon(true);
            return t;
        });
        try {
            var running = new ArrayList<Future<T>>();
            for (Callable<T> task : tasks) running.add(pool.submit(() -> Txn.calculateRead(dataset, () -> call(task))));
            var results = new ArrayList<T>();
            for (Future<T> f : running) results.add(Await.result(f));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
