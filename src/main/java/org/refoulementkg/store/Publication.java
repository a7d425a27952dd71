package org.refoulementkg.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a store publishes: the complete dataset (one named graph per source file), the fingerprint of the sources it
 * was built from, how many files and quads it holds, and its checks (SHACL, quotes), which may still be running
 * while the store writes the data. Every store calls {@link #validated()} before it serves the data to anyone.
 *
 * <pre>{@code
 * kg.publish(Publication.checked(dataset, "test"));   // data that needs no checks
 * }</pre>
 */
public record Publication(DatasetGraph dataset, String fingerprint, int files, long quads, CompletableFuture<Void> checks) {

    /** Data whose checks are done (or that needs none). */
    public static Publication checked(DatasetGraph dataset, String fingerprint) {
        long quads = 0;
        for (var it = dataset.find(); it.hasNext(); it.next()) quads++;
        return new Publication(dataset, fingerprint, 0, quads, CompletableFuture.completedFuture(null));
    }

    /** Waits for the checks; throws {@link LoadFailedException} (or what else stopped them) if the data is not valid. */
    public Publication validated() {
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
