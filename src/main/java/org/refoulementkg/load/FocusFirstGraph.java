package org.refoulementkg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The data as SHACL sees it while it validates one focus node. Questions about the focus node and the subjects near it
 * in the store's index are answered from their triples in memory (read by {@link SubjectGroups}); questions about
 * another node with a bound subject from a cache of recent such nodes, each read whole (a selector is asked for its
 * type, quote, prefix and suffix; many nodes ask for the types of the same states, courts and footnotes, and for the
 * ontology's {@code rdfs:subClassOf}); everything else from the store. Exact: the store does not change while it is
 * checked.
 */
final class FocusFirstGraph extends GraphBase {
    private static final int CACHED = 4096, MAX_CACHED_ANSWER = 64;

    private final Graph store;
    private Node focus;
    private List<Triple> focusTriples;
    private Map<Node, List<Triple>> nearby = Map.of();
    private final Map<Node, List<Triple>> recent = new Recent<>(CACHED, true);

    FocusFirstGraph(Graph store) { this.store = store; }

    /** {@code triples}: all the focus node's triples, or null to ask the store about it too; {@code nearby}: other subjects'. */
    void focus(Node node, List<Triple> triples, Map<Node, List<Triple>> nearby) {
        focus = node;
        focusTriples = triples;
        this.nearby = nearby;
    }

    @Override protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getMatchSubject();
        if (s == null) return store.find(pattern);
        if (s.equals(focus) && focusTriples != null) return matching(focusTriples, pattern);
        List<Triple> triples = nearby.get(s);
        if (triples == null) triples = recent.get(s);
        if (triples == null) {
            triples = small(s);
            if (triples == null) return store.find(pattern); // a hub's triples: streamed, not held
            recent.put(s, triples);
        }
        return matching(triples, pattern);
    }

    /** A plain loop: SHACL asks several questions of each of a million nodes, each of a few dozen triples. */
    private static ExtendedIterator<Triple> matching(List<Triple> triples, Triple pattern) {
        var answer = new ArrayList<Triple>();
        for (Triple t : triples) if (pattern.matches(t)) answer.add(t);
        return WrappedIterator.create(answer.iterator());
    }

    /** The node's triples if it has at most {@link #MAX_CACHED_ANSWER}, else null. */
    private List<Triple> small(Node subject) {
        var answer = new ArrayList<Triple>();
        ExtendedIterator<Triple> it = store.find(subject, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                if (answer.size() == MAX_CACHED_ANSWER) return null;
                answer.add(it.next());
            }
            return answer;
        } finally {
            it.close();
        }
    }
}
