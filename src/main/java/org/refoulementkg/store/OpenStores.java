package org.refoulementkg.store;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2 keeps one connection per store directory in a JVM: two {@link LocalStore}s on the same store (a server
 * and a load run in the same process, as tests and the operator reload do) get the same one. It is released
 * when the last of them lets go, not when the first does.
 */
final class OpenStores {
    private static final Map<DatasetGraph, Integer> USERS = new IdentityHashMap<>();

    private OpenStores() {}

    static synchronized Dataset connect(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
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
}
