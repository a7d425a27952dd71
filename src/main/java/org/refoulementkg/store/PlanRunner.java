package org.refoulementkg.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a {@link Template}'s plan, compiled and optimised once, with its variable bound: the same engine, index
 * choices and union default graph as a query, without compiling and optimising the query again on each page.
 */
final class PlanRunner {
    private final ScheduledExecutorService alarms;

    PlanRunner(ScheduledExecutorService alarms) { this.alarms = alarms; }

    void construct(Dataset ds, Template template, Node value, Duration timeout, Graph into) {
        Op plan = template.plan();
        long deadline = System.nanoTime() + timeout.toNanos();
        Txn.executeRead(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Context cxt = ARQ.getContext().copy();
            cxt.set(TDB2.symUnionDefaultGraph, true);
            cxt.set(ARQ.optimization, false); // optimised already, with the variable free
            Binding start = BindingFactory.binding(template.var(), value);
            QueryIterator rows = QueryEngineRegistry.findFactory(plan, dsg, cxt).create(plan, dsg, start, cxt).iterator();
            // As Jena's own timeout does: at the deadline the iterators are told to stop, wherever they are.
            var alarm = alarms.schedule(rows::cancel, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            try {
                List<Triple> triples = template.query().getConstructTemplate().getTriples();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    for (Triple t : triples) {
                        Triple made = Substitute.substitute(t, row);
                        if (made.isConcrete()) into.add(made);
                    }
                }
            } finally {
                alarm.cancel(false);
                rows.close();
            }
        });
    }
}
