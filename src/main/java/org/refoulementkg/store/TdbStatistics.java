package org.refoulementkg.store;

import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.SolverLibTDB;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's optimiser statistics for a freshly written store, as {@code tdb2.tdbstats --graph urn:x-arq:UnionGraph}
 * makes them: how many triples each predicate and each class have, over the union of the named graphs (the graph
 * every query sees). With {@code stats.opt} in the store's storage directory ({@code Data-0001}), TDB2 orders the
 * patterns of a query by these counts instead of by their shape alone (Jena: "TDB Optimizer"). TDB2 reads the file
 * when it opens a store, so the store is opened again after it is written.
 *
 * <pre>{@code
 * fresh = TdbStatistics.writeAndReopen(fresh, dir);   // after the load, before the switch
 * }</pre>
 */
final class TdbStatistics {
    static final String FILE = "stats.opt";

    private TdbStatistics() {}

    /** Writes {@code stats.opt} for the store in {@code dir} (opened as {@code ds}) and returns it opened again. */
    static Dataset writeAndReopen(Dataset ds, Path dir) {
        DatasetGraphTDB dsg = TDBInternal.getDatasetGraphTDB(ds);
        Path file = Path.of(dsg.getLocation().getDirectoryPath()).resolve(FILE);
        Txn.executeRead(dsg, () -> {
            NodeTupleTable quads = dsg.getQuadTable().getNodeTupleTable();
            var collector = new StatsCollectorNodeId(quads.getNodeTable());
            for (Iterator<Tuple<NodeId>> it = SolverLibTDB.unionGraph(quads); it.hasNext(); ) {
                Tuple<NodeId> t = it.next(); // the union graph's triples, each once: (any graph, s, p, o)
                collector.record(t.get(0), t.get(1), t.get(2), t.get(3));
            }
            Stats.write(file.toString(), collector.results());
        });
        OpenStores.release(ds);
        return OpenStores.connect(dir);
    }
}
