package org.refoulementkg.load;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.refoulementkg.store.Rdf11;
import org.refoulementkg.vocab.RKG;

/**
 * The two graphs the loader derives from the sources, each in a named graph of its own so that a query can leave it out:
 * <ul>
 * <li>{@code graph/inferred}: the RDFS closure of {@code rdf:type} over {@code rdfs:subClassOf} and of every property over
 *     {@code rdfs:subPropertyOf} (so {@code ?e a rkg:Event} finds every transfer and decision, and {@code ?e rkg:eventType ?k}
 *     gives every event its kind), holding only triples not already asserted;</li>
 * <li>{@code graph/reification}: the RDF 1.1 reification ({@code rdf:subject}, {@code rdf:predicate}, {@code rdf:object}) of
 *     every statement reifier, for SPARQL 1.1 clients and stores without triple terms.</li>
 * </ul>
 * No other entailment (no domains and ranges): the graph says no more than the sources and their class hierarchy.
 */
public final class DerivedGraphs {
    public static final Node INFERRED = NodeFactory.createURI(RKG.GRAPH + "inferred");
    public static final Node REIFICATION = NodeFactory.createURI(RKG.GRAPH + "reification");

    private DerivedGraphs() {}

    /** Adds both graphs to {@code dsg}, computed from all its graphs except the SHACL shapes and the briefing's text. */
    public static void addTo(DatasetGraph dsg) {
        var sources = dsg.listGraphNodes();
        var graphs = new java.util.ArrayList<Graph>();
        sources.forEachRemaining(g -> { if (isSource(g)) graphs.add(dsg.getGraph(g)); });
        Map<Node, Set<Node>> superClasses = closure(graphs, RDFS.subClassOf.asNode());
        Map<Node, Set<Node>> superProperties = closure(graphs, RDFS.subPropertyOf.asNode());
        var inferred = new java.util.ArrayList<Triple>();
        var reification = new java.util.ArrayList<Triple>();
        Node type = RDF.type.asNode();
        for (Graph g : graphs) {
            g.find().forEachRemaining(t -> {
                if (t.getPredicate().equals(type))
                    for (Node sup : superClasses.getOrDefault(t.getObject(), Set.of())) inferred.add(Triple.create(t.getSubject(), type, sup));
                for (Node sup : superProperties.getOrDefault(t.getPredicate(), Set.of()))
                    inferred.add(Triple.create(t.getSubject(), sup, t.getObject()));
                if (t.getPredicate().equals(RDF.reifies.asNode()) && t.getObject().isTripleTerm()) reification.add(t);
            });
        }
        for (Triple t : inferred)
            if (!assertedAnywhere(dsg, t)) dsg.add(new Quad(INFERRED, t));
        Graph reified = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        reification.forEach(reified::add);
        Rdf11.of(reified).find().forEachRemaining(t -> dsg.add(new Quad(REIFICATION, t)));
    }

    /** Whether a graph is one of the sources: data and ontology, not shapes, not the text, not derived. */
    private static boolean isSource(Node g) {
        String iri = g.getURI();
        return !iri.startsWith(RKG.GRAPH + "ontology/shapes") && !iri.equals(Loader.TEXT_GRAPH)
                && !g.equals(INFERRED) && !g.equals(REIFICATION);
    }

    private static boolean assertedAnywhere(DatasetGraph dsg, Triple t) {
        return dsg.contains(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** For each node with a {@code link} (subClassOf or subPropertyOf), every node above it, itself excluded. */
    static Map<Node, Set<Node>> closure(Iterable<Graph> graphs, Node link) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        for (Graph g : graphs)
            g.find(Node.ANY, link, Node.ANY).forEachRemaining(t -> {
                if (!t.getSubject().equals(t.getObject())) direct.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            });
        Map<Node, Set<Node>> all = new HashMap<>();
        for (Node start : direct.keySet()) {
            Set<Node> seen = new LinkedHashSet<>();
            var todo = new ArrayDeque<>(direct.get(start));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (n.equals(start) || !seen.add(n)) continue;
                todo.addAll(direct.getOrDefault(n, Set.of()));
            }
            all.put(start, seen);
        }
        return all;
    }
}
