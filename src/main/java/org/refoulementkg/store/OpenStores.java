package org.refoulementkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2 keeps one connection per store directory in a JVM: two {@link LocalStore}s on the same store (a server
 * and a load run in the same process, as tests and the operator reload do) get the same one. It is released
 * when the last of them lets go, not when the first does.
 * <p>
 * TDB2 caches up to a million nodes per store (some 200 MB once full): more than a small heap holds. The caches are
 * sized to this process's heap instead (the defaults from a 1 GB heap up), and that choice is not written into the
 * store, so another process opening it sizes them to its own heap.
 */
final class OpenStores {
    private static final Map<DatasetGraph, Integer> USERS = new IdentityHashMap<>();
    /** About 200 bytes a cached node: the caches take at most a fifth of the heap. */
    private static final long HEAP_BYTES_PER_CACHED_NODE = 1024;

    private OpenStores() {}

    static synchronized Dataset connect(Path dir) {
        Path config = dir.resolve("tdb.cfg"); // where TDB2 keeps a store's own settings
        boolean hadConfig = Files.exists(config);
        Dataset ds = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), cacheSizedToHeap()));
        if (!hadConfig) forget(config); // TDB2 writes non-default settings into a new store: these are ours, not its
        USERS.merge(ds.asDatasetGraph(), 1, Integer::sum);
        return ds;
    }

    static synchronized void release(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Integer left = USERS.computeIfPresent(dsg, (k, n) -> n > 1 ? n - 1 : null);
        if (left != null) return; // someone else in this JVM still serves it
        if (TDB2Factory.isTDB2(ds)) TDBInternal.expel(dsg);
        else ds.close();
    }

    /** TDB2's default settings with the node caches no larger than a fifth of the heap allows. */
    static StoreParams cacheSizedToHeap() {
        StoreParams dft = StoreParams.getDftStoreParams();
        int nodes = (int) Math.min(dft.getNodeId2NodeCacheSize(), Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_CACHED_NODE);
        if (nodes == dft.getNodeId2NodeCacheSize()) return dft;
        int ratio = Math.max(1, dft.getNodeId2NodeCacheSize() / dft.getNode2NodeIdCacheSize());
        return StoreParams.builder("heap-sized caches", dft).nodeId2NodeCacheSize(nodes).node2NodeIdCacheSize(Math.max(1000, nodes / ratio)).build();
    }

    private static void forget(Path config) {
        try {
            Files.deleteIfExists(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
