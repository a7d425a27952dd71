package org.refoulementkg.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The RDF 1.1 form of an RDF 1.2 graph: no triple terms. A statement reifier {@code r rdf:reifies <<( s p o )>>}
 * becomes the classic reification {@code r a rdf:Statement ; rdf:subject s ; rdf:predicate p ; rdf:object o}, the form
 * every RDF 1.1 tool (rdflib, raptor, JSON-LD 1.1) reads; any other triple term becomes a blank node reified the
 * same way. Graphs without triple terms come back unchanged (the same object).
 *
 * <pre>{@code
 * Graph forJsonLd = Rdf11.of(model.getGraph());
 * }</pre>
 */
public final class Rdf11 {
    private Rdf11() {}

    public static boolean hasTripleTerms(Graph g) {
        return g.stream().anyMatch(t -> t.getSubject().isTripleTerm() || t.getObject().isTripleTerm());
    }

    public static Graph of(Graph g) {
        if (!hasTripleTerms(g)) return g;
        Graph out = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().getNsPrefixMap().forEach(out.getPrefixMapping()::setNsPrefix);
        Map<Node, Node> stand = new HashMap<>();
        g.stream().forEach(t -> {
            if (RDF.reifies.asNode().equals(t.getPredicate()) && t.getObject().isTripleTerm() && !t.getSubject().isTripleTerm()) {
                describe(t.getSubject(), t.getObject().getTriple(), out, stand);
            } else {
                out.add(Triple.create(plain(t.getSubject(), out, stand), t.getPredicate(), plain(t.getObject(), out, stand)));
            }
        });
        return out;
    }

    /** A node without triple terms: a triple term becomes one blank node per distinct term, reified classically. */
    private static Node plain(Node n, Graph out, Map<Node, Node> stand) {
        if (!n.isTripleTerm()) return n;
        Node existing = stand.get(n);
        if (existing != null) return existing;
        Node b = NodeFactory.createBlankNode();
        stand.put(n, b);
        describe(b, n.getTriple(), out, stand);
        return b;
    }

    private static void describe(Node r, Triple t, Graph out, Map<Node, Node> stand) {
        out.add(Triple.create(r, RDF.type.asNode(), RDF.Statement.asNode()));
        out.add(Triple.create(r, RDF.subject.asNode(), plain(t.getSubject(), out, stand)));
        out.add(Triple.create(r, RDF.predicate.asNode(), t.getPredicate()));
        out.add(Triple.create(r, RDF.object.asNode(), plain(t.getObject(), out, stand)));
    }
}
