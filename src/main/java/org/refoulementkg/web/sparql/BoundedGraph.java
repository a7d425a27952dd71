package org.refoulementkg.web.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;

/** The graph a CONSTRUCT or DESCRIBE answer is built in (whole, before it is written): at most {@code limit} triples. */
final class BoundedGraph extends GraphWrapper {
    private final long limit;

    BoundedGraph(long limit) {
        super(GraphFactory.createDefaultGraph());
        this.limit = limit;
    }

    static Graph of(long limit) { return new BoundedGraph(limit); }

    @Override public void add(Triple t) {
        Graph g = get();
        g.add(t);
        if (g.size() > limit)
            throw new QueryLimits.Exceeded("Stopped: the CONSTRUCT or DESCRIBE answer passed the limit of " + limit
                    + " triples. Narrow the pattern, or take the whole dataset from /dump/dataset.trig.");
    }
}
