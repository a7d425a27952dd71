package org.refoulementkg.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Every subject of a dataset's named graphs with all its quads, and its triples each once, in one pass over
 * TDB2's SPOG index, where a subject's quads lie together: one sequential read instead of a lookup per question a
 * check asks about a node. The subjects are split into {@code parts} by their id, so that each part can be checked on
 * a core of its own. Each subject comes with its neighbours in the index (the {@link #NEARBY} subjects read before
 * and after it): TDB2 numbers nodes as the files first name them, so the nodes a subject points to — an event's
 * reference, a reference's selector — are mostly among them, and need no lookup. A subject with more than
 * {@link #MAX_HELD} quads is passed with {@code null} instead of its quads (memory holds a window of subjects,
 * not one hub's million). A dataset that is not TDB2 is small (it is in memory): its subjects are collected first.
 */
final class SubjectGroups {
    static final int MAX_HELD = 10_000, NEARBY = 1024;

    /**
     * A subject and what the dataset says of it: every quad (the same triple once per graph that holds it) and each
     * triple once; both null when it has more than {@link #MAX_HELD} quads.
     */
    record Described(Node subject, List<Quad> quads, List<Triple> triples) {}

    /** What a check is given for each subject; {@code nearby}: the triples of the subjects around it, by subject. */
    interface Visitor {
        void visit(Described subject, Map<Node, List<Triple>> nearby);
    }

    private record Group(Described described, boolean mine) {}

    private SubjectGroups() {}

    static void forEach(DatasetGraph dsg, int part, int parts, Visitor visitor) {
        if (TDBInternal.isTDB2(dsg)) scanTdb2(dsg, part, parts, visitor);
        else inMemory(dsg, part, parts, visitor);
    }

    private static void scanTdb2(DatasetGraph dsg, int part, int parts, Visitor visitor) {
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        var few = new FewTerms(nodes);
        var nearby = new Recent<Node, List<Triple>>(2 * NEARBY, false);
        var ahead = new ArrayDeque<Group>(); // read, not yet visited
        Consumer<Group> read = g -> {
            if (g.described().triples() != null) nearby.put(g.described().subject(), g.described().triples());
            ahead.add(g);
            if (ahead.size() > NEARBY) visit(ahead.poll(), visitor, nearby);
        };
        Iterator<Tuple<NodeId>> it = table.getTupleTable().selectIndex("SPOG").all(); // tuples in G, S, P, O order
        try {
            NodeId subject = null;
            var held = new ArrayList<Tuple<NodeId>>();
            boolean tooMany = false;
            while (it.hasNext()) {
                Tuple<NodeId> q = it.next();
                if (!q.get(1).equals(subject)) {
                    if (subject != null) read.accept(group(nodes, few, subject, tooMany ? null : held, part, parts));
                    subject = q.get(1);
                    held = new ArrayList<>();
                    tooMany = false;
                }
                if (tooMany) continue;
                if (held.size() == MAX_HELD) {
                    tooMany = true;
                    held = new ArrayList<>();
                } else held.add(q);
            }
            if (subject != null) read.accept(group(nodes, few, subject, tooMany ? null : held, part, parts));
            while (!ahead.isEmpty()) visit(ahead.poll(), visitor, nearby);
        } finally {
            Iter.close(it);
        }
    }

    /** {@code held}: the subject's quads in SPOG order, so that a triple's copies in several graphs come together. */
    private static Group group(NodeTable nodes, FewTerms few, NodeId subject, List<Tuple<NodeId>> held, int part, int parts) {
        Node s = nodes.getNodeForNodeId(subject);
        boolean mine = Math.floorMod(subject.hashCode(), parts) == part;
        if (held == null) return new Group(new Described(s, null, null), mine);
        var quads = new ArrayList<Quad>(held.size());
        var triples = new ArrayList<Triple>(held.size());
        Tuple<NodeId> last = null;
        for (Tuple<NodeId> q : held) {
            Node p = few.node(q.get(2)), o = nodes.getNodeForNodeId(q.get(3));
            quads.add(Quad.create(few.node(q.get(0)), s, p, o));
            if (last == null || !q.get(2).equals(last.get(2)) || !q.get(3).equals(last.get(3))) triples.add(Triple.create(s, p, o));
            last = q;
        }
        return new Group(new Described(s, quads, triples), mine);
    }

    /**
     * Graphs and predicates decoded once: they are few and come in every quad (TDB2's own node cache is shared by
     * threads, and costs more per lookup than a plain map).
     */
    private static final class FewTerms {
        private static final int MAX = 65_536;
        private final NodeTable nodes;
        private final Map<NodeId, Node> decoded = new HashMap<>();

        FewTerms(NodeTable nodes) { this.nodes = nodes; }

        Node node(NodeId id) {
            Node n = decoded.get(id);
            if (n == null) {
                n = nodes.getNodeForNodeId(id);
                if (decoded.size() < MAX) decoded.put(id, n);
            }
            return n;
        }
    }

    private static void visit(Group g, Visitor visitor, Map<Node, List<Triple>> nearby) {
        if (g.mine()) visitor.visit(g.described(), nearby);
    }

    private static void inMemory(DatasetGraph dsg, int part, int parts, Visitor visitor) {
        var subjects = new LinkedHashSet<Node>();
        dsg.find().forEachRemaining(q -> subjects.add(q.getSubject()));
        for (Node s : subjects)
            if (Math.floorMod(s.hashCode(), parts) == part) {
                List<Quad> quads = Iter.toList(dsg.find(Node.ANY, s, Node.ANY, Node.ANY));
                visitor.visit(new Described(s, quads, quads.stream().map(Quad::asTriple).distinct().toList()), Map.of());
            }
    }
}
