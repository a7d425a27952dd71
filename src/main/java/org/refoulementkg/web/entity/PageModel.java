package org.refoulementkg.web.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.web.html.Labels;

/** What a page is rendered from: the model fetched for it, the resource it is about, and how sections read them. */
final class PageModel {
    final Model m;
    final Resource r;
    final Labels labels;
    /** References rendered in full so far, by their rendering, with the anchor each got: shown once, pointed back to after. */
    final java.util.Map<String, String> shownReferences = new java.util.HashMap<>();

    /** The page's own path, and the one kind of event its timeline shows (null: all). */
    final String path;
    final String kind;

    PageModel(Model m, String iri, Labels labels) { this(m, iri, labels, null, null); }

    PageModel(Model m, String iri, Labels labels, String path, String kind) {
        this.path = path;
        this.kind = kind;
        this.m = m;
        this.r = m.createResource(iri);
        this.labels = labels;
    }

    /** The types of a resource, as the model has them. */
    static Set<Resource> types(Model m, Resource r) {
        var types = new HashSet<Resource>();
        m.listObjectsOfProperty(r, RDF.type).forEachRemaining(t -> { if (t.isURIResource()) types.add(t.asResource()); });
        return types;
    }

    boolean isA(Resource x, Resource cls) { return m.contains(x, RDF.type, cls); }

    String label(Resource x) { return labels.label(m, x); }

    String link(RDFNode n) { return labels.link(m, n); }

    /** Links to the nodes, sorted, comma-separated. */
    String join(List<RDFNode> nodes) {
        var parts = new ArrayList<String>();
        for (RDFNode n : nodes) parts.add(link(n));
        parts.sort(null);
        return String.join(", ", parts);
    }

    /**
     * A sort key: the label, then the IRI. Two resources may share a label (two people of the same name, and their
     * events): both are listed, always in the same order.
     */
    String byLabel(Resource x) { return label(x) + "\u0000" + x; }

    /** The reifier of the statement {@code s p o}, if the page's model holds one (RDF 1.2: {@code ?r rdf:reifies <<( s p o )>>}). */
    Optional<Resource> statement(Resource s, Property p, RDFNode o) {
        Node term = NodeFactory.createTripleTerm(s.asNode(), p.asNode(), o.asNode());
        var it = m.getGraph().find(Node.ANY, RDF.reifies.asNode(), term);
        try {
            while (it.hasNext()) {
                Node r = it.next().getSubject();
                if (r.isURI()) return Optional.of(m.createResource(r.getURI()));
            }
        } finally {
            it.close();
        }
        return Optional.empty();
    }

    /** The lexical form of a literal value of {@code p}, or {@code fallback}. */
    String str(Resource x, Property p, String fallback) {
        Statement s = m.getProperty(x, p);
        return s != null && s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : fallback;
    }

    /** The local part of an IRI (after its last slash or hash): the slug of an anchor. */
    static String slug(Resource x) {
        String iri = x.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    static List<RDFNode> sorted(List<RDFNode> nodes) {
        return nodes.stream().sorted(Comparator.comparing(RDFNode::toString)).toList();
    }
}
