package org.refoulementkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** The union view answers as Jena's union graph does, each triple once, on a store whose graphs share triples (TDB2, or in memory). */
class UnionViewTest {
    static Node n(String local) { return NodeFactory.createURI("http://example.org/" + local); }

    @Test
    void everyPatternGivesTheUnionsTriplesEachOnce() {
        check(DatabaseMgr.createDatasetGraph());
        check(DatasetGraphFactory.createGeneral()); // in memory: ./kg validate
    }

    private static void check(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            for (String g : List.of("g1", "g2", "g3")) {
                dsg.add(n(g), n("alice"), n("knows"), n("bob")); // in every graph
                dsg.add(n(g), n(g + "-thing"), n("knows"), n("bob"));
            }
            dsg.add(n("g2"), n("alice"), n("likes"), n("carol"));
        });
        Txn.executeRead(dsg, () -> {
            var view = new UnionView(dsg);
            var jena = dsg.getUnionGraph();
            Node[][] patterns = {{Node.ANY, n("knows"), Node.ANY}, {n("alice"), Node.ANY, Node.ANY}, {Node.ANY, Node.ANY, n("bob")},
                    {n("alice"), n("knows"), n("bob")}, {n("alice"), Node.ANY, n("bob")}, {Node.ANY, Node.ANY, Node.ANY}};
            for (Node[] p : patterns) {
                List<Triple> found = view.find(p[0], p[1], p[2]).toList();
                assertEquals(new HashSet<>(found).size(), found.size(), "no triple twice: " + found);
                assertEquals(new HashSet<>(jena.find(p[0], p[1], p[2]).toList()), new HashSet<>(found), "as Jena's union: " + List.of(p));
            }
            assertEquals(4, view.find(Node.ANY, n("knows"), Node.ANY).toList().size(), "alice knows bob once, and three things");
        });
    }
}
