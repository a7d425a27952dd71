package org.refoulementkg.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a store publishes, written in two phases so that no one holds the whole dataset in memory: the store first
 * streams the sources into a new, unserved dataset ({@link #writeSources}: each file checked as it streams), then
 * runs the checks that need all of it on what was written ({@link #check}) and adds what is derived from it
 * ({@link #derive}). Only then does the store serve it; if any phase throws, the new dataset is thrown away.
 *
 * <pre>{@code
 * kg.publish(Publication.checked(dataset, "test"));   // data in memory that needs no checks
 * }</pre>
 */
public interface Publication {
    /** The fingerprint of the sources, recorded as the data's version. */
    String fingerprint();

    /** How many source files. */
    int files();

    /** How many quads the sources hold (known once {@link #writeSources} has run; the derived graphs not counted). */
    long quads();

    /** Phase 1: every quad of the sources into {@code sink}; a bad file throws {@link LoadFailedException}. */
    void writeSources(StreamRDF sink);

    /**
     * Phase 2: the checks that need the whole data, on what phase 1 wrote; throws {@link LoadFailedException}. Called
     * outside any transaction, at the same time as {@link #derive}: it reads {@code written} in read transactions of its
     * own (a TDB2 transaction belongs to one thread) and never writes it.
     */
    void check(DatasetGraph written);

    /** Phase 2: the quads derived from what phase 1 wrote into {@code sink}; returns how many. Reads as {@link #check} does. */
    long derive(DatasetGraph written, StreamRDF sink);

    /** Data in memory whose checks are done (or that needs none). */
    static Publication checked(DatasetGraph dataset, String fingerprint) {
        return DatasetPublication.of(dataset, fingerprint, 0);
    }
}
