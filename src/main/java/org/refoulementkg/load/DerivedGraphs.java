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
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.refoulementkg.store.Rdf11;
import org.refoulementkg.vocab.Graphs;

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
    public static final Node INFERRED = NodeFactory.createURI(Graphs.INFERRED);
    public static final Node REIFICATION = NodeFactory.createURI(Graphs.REIFICATION);

    private DerivedGraphs() {}

    /**
     * Adds both graphs to {@code dsg}, computed from all its graphs except the SHACL shapes and the briefing's text, and
     * returns how many triples they hold. Each reifier is labelled there from the labels of its triple's terms
     * ("Daoud Muradov — outcome — died after return"), so that pages, search and RDF 1.1 tools can name it.
     */
    public static long addTo(DatasetGraph dsg) {
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
        long added = 0;
        for (Triple t : inferred)
            if (!assertedAnywhere(dsg, t)) { dsg.add(new Quad(INFERRED, t)); added++; }
        Graph reified = GraphFactory.createDefaultGraph();
        reification.forEach(reified::add);
        Graph classic = Rdf11.of(reified);
        for (Triple t : reification) {
            Triple stated = t.getObject().getTriple();
            String label = label(dsg, stated.getSubject()) + " — " + label(dsg, stated.getPredicate()) + " — " + label(dsg, stated.getObject());
            classic.add(Triple.create(t.getSubject(), RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en")));
        }
        for (Triple t : classic.find().toList()) { dsg.add(new Quad(REIFICATION, t)); added++; }
        return added;
    }

    /** A term's English label (or any label) from the sources, the literal's text, else the IRI's last segment. */
    private static String label(DatasetGraph dsg, Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isTripleTerm()) return "(" + label(dsg, n.getTriple().getSubject()) + " — " + label(dsg, n.getTriple().getPredicate()) + " — "
                + label(dsg, n.getTriple().getObject()) + ")";
        String any = null;
        for (Node p : new Node[] {RDFS.label.asNode(), SKOS.prefLabel.asNode()}) {
            var it = dsg.find(Node.ANY, n, p, Node.ANY);
            while (it.hasNext()) {
                Node l = it.next().getObject();
                if (!l.isLiteral()) continue;
                if (l.getLiteralLanguage().equals("en")) return l.getLiteralLexicalForm();
                if (any == null) any = l.getLiteralLexicalForm();
            }
        }
        if (any != null) return any;
        String iri = n.isURI() ? n.getURI() : n.toString();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }


    /** Whether a graph is one of the sources: data and ontology, not shapes, not the text, not derived. */
    private static boolean isSource(Node g) {
        return !Graphs.isShapes(g.getURI()) && !Graphs.isWrittenByLoader(g.getURI());
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
