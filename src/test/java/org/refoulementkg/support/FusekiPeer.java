package org.refoulementkg.support;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** A real Fuseki server on a random port, serving an in-memory TDB2 dataset whose default graph is the union. */
public final class FusekiPeer implements AutoCloseable {
    private final FusekiServer server;

    private FusekiPeer(FusekiServer server) { this.server = server; }

    /** Fuseki serving a copy of {@code data}; {@code writable} adds Graph Store Protocol writes. */
    public static FusekiPeer start(DatasetGraph data, boolean writable) {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        ds.getContext().set(ARQ.queryTimeout, "5000"); // so that stop() need not wait for runaway tests
        if (data != null) Txn.executeWrite(ds, () -> data.find().forEachRemaining(ds.asDatasetGraph()::add));
        FusekiServer server = FusekiServer.create().port(0).loopback(true).enablePing(true)
                .add("/kg", ds, writable).build().start();
        return new FusekiPeer(server);
    }

    public String queryEndpoint() { return server.datasetURL("/kg") + "/sparql"; }
    public String gspEndpoint() { return server.datasetURL("/kg") + "/data"; }

    @Override public void close() { server.stop(); }
}
