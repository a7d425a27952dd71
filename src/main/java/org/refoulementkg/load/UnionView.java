package org.refoulementkg.load;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union of a store's named graphs, read one triple at a time. Jena's own union view makes its answers distinct
 * with a set of everything it has returned: asking it for every {@code rkg:Reference} of a 10⁷-triple store fills a
 * small heap. Here a triple that several graphs hold is dropped when it comes again right after itself: TDB2 answers a
 * pattern that binds the subject, predicate or object from an index that ends in the graph (SPOG, POSG, OSPG), so the
 * copies of a triple come together. The one pattern with nothing bound is left to Jena's view, and so is a dataset in
 * memory (its graphs are asked one after the other, and it is small).
 */
final class UnionView extends GraphBase {
    private final DatasetGraph dsg;

    UnionView(DatasetGraph dsg) { this.dsg = dsg; }

    @Override protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getMatchSubject(), p = pattern.getMatchPredicate(), o = pattern.getMatchObject();
        if ((s == null && p == null && o == null) || !TDBInternal.isTDB2(dsg)) return dsg.getUnionGraph().find(pattern);
        var quads = dsg.findNG(Node.ANY, any(s), any(p), any(o));
        return WrappedIterator.create(Iter.distinctAdjacent(Iter.map(quads, Quad::asTriple)));
    }

    private static Node any(Node n) { return n == null ? Node.ANY : n; }
}
