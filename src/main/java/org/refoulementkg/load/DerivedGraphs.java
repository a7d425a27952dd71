package org.refoulementkg.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
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
     * Sends both graphs to {@code sink}, computed from all graphs of {@code dsg} except the SHACL shapes and the briefing's
     * text, in one pass over its subjects (nothing but the class and property hierarchies, one subject's quads and
     * the labels of recent terms is kept), and returns how many quads were sent. Whether an inferred triple is
     * asserted already is answered from its subject's quads at hand. {@code dsg} is only read. Each reifier is labelled
     * there from the labels of its triple's terms ("Daoud Muradov — outcome — died after return"), so that pages,
     * search and RDF 1.1 tools can name it. An inferred triple that two graphs both imply is sent twice (a store
     * keeps it once).
     */
    public static long derive(DatasetGraph dsg, StreamRDF sink) {
        Map<Node, Set<Node>> superClasses = closure(dsg, RDFS.subClassOf.asNode());
        Map<Node, Set<Node>> superProperties = closure(dsg, RDFS.subPropertyOf.asNode());
        Node type = RDF.type.asNode();
        long[] sent = {0};
        Consumer<Quad> send = q -> { sink.quad(q); sent[0]++; };
        Function<Node, String> labels = new RecentLabels(dsg);
        SubjectGroups.forEach(dsg, 0, 1, (described, nearby) -> {
            Predicate<Triple> asserted = described.triples() == null ? t -> assertedAnywhere(dsg, t) : new HashSet<>(described.triples())::contains;
            Iterator<Quad> quads = described.quads() == null ? dsg.find(Node.ANY, described.subject(), Node.ANY, Node.ANY) : described.quads().iterator();
            try {
                while (quads.hasNext()) {
                    Quad q = quads.next();
                    if (!isSource(q.getGraph())) continue;
                    Triple t = q.asTriple();
                    if (t.getPredicate().equals(type))
                        for (Node sup : superClasses.getOrDefault(t.getObject(), Set.of())) infer(Triple.create(t.getSubject(), type, sup), asserted, send);
                    for (Node sup : superProperties.getOrDefault(t.getPredicate(), Set.of()))
                        infer(Triple.create(t.getSubject(), sup, t.getObject()), asserted, send);
                    if (t.getPredicate().equals(RDF.reifies.asNode()) && t.getObject().isTripleTerm()) reify(t, labels, send);
                }
            } finally {
                Iter.close(quads);
            }
        });
        return sent[0];
    }

    /** Adds both graphs to {@code dsg} (held in memory) and returns how many triples they hold. */
    public static long addTo(DatasetGraph dsg) {
        var derived = new ArrayList<Quad>(); // not added while dsg is read
        derive(dsg, new StreamRDFBase() {
            @Override public void quad(Quad q) { derived.add(q); }
        });
        derived.forEach(dsg::add);
        return dsg.getGraph(INFERRED).size() + dsg.getGraph(REIFICATION).size();
    }

    private static void infer(Triple t, Predicate<Triple> asserted, Consumer<Quad> send) {
        if (!asserted.test(t)) send.accept(new Quad(INFERRED, t));
    }

    /** The RDF 1.1 form of one reifier and its label. */
    private static void reify(Triple reifies, Function<Node, String> label, Consumer<Quad> send) {
        Graph one = GraphFactory.createDefaultGraph();
        one.add(reifies);
        Rdf11.of(one).find().forEachRemaining(t -> send.accept(new Quad(REIFICATION, t)));
        Triple stated = reifies.getObject().getTriple();
        String text = label.apply(stated.getSubject()) + " — " + label.apply(stated.getPredicate()) + " — " + label.apply(stated.getObject());
        send.accept(new Quad(REIFICATION, reifies.getSubject(), RDFS.label.asNode(), NodeFactory.createLiteralLang(text, "en")));
    }

    /** The labels of the terms labelled lately: reifiers name the same people, properties and outcomes again and again. */
    private record RecentLabels(DatasetGraph dsg, Map<Node, String> recent) implements Function<Node, String> {
        RecentLabels(DatasetGraph dsg) { this(dsg, new Recent<>(1024, true)); }

        @Override public String apply(Node n) { return recent.computeIfAbsent(n, k -> label(dsg, k)); }
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

    /** For each node with a {@code link} (subClassOf or subPropertyOf) in a source graph, every node above it, itself excluded. */
    static Map<Node, Set<Node>> closure(DatasetGraph dsg, Node link) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, link, Node.ANY).forEachRemaining(q -> {
            if (isSource(q.getGraph()) && !q.getSubject().equals(q.getObject()))
                direct.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(q.getObject());
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
