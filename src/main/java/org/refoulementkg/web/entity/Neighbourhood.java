package org.refoulementkg.web.entity;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.Template;
import org.refoulementkg.vocab.RKG;

/**
 * What a page or an RDF answer about one resource needs, fetched with a few {@link Template}s (fixed queries
 * with the resource bound in; the embedded store keeps their plans) that work on every store mode: the
 * resource's description (its triples, and those of the blank nodes under it —
 * references, selectors, family ties), the descriptions of the resources that point to it, the facts that
 * rest on it (for footnotes and sources), and the labels of everything mentioned (kept per data version by
 * {@link LabelCache}). Every query starts from the resource itself, so each is a few index lookups whatever the
 * size of the store; the incoming links and resting facts are capped (LIMIT inside the subquery).
 */
final class Neighbourhood {
    /** Triples of ?x and of blank nodes up to three hops below it (reference → selector, kinship → reference → selector). */
    private static final String CBD_PATTERN = """
            { ?x ?p ?o BIND(?x AS ?s) }
            UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p ?o BIND(?b1 AS ?s) }
            UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p2 ?b2 FILTER(isBlank(?b2)) ?b2 ?p ?o BIND(?b2 AS ?s) }
            UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p2 ?b2 FILTER(isBlank(?b2)) ?b2 ?p3 ?b3 FILTER(isBlank(?b3)) ?b3 ?p ?o BIND(?b3 AS ?s) }
            """;
    static final Template DESCRIPTION = new Template("CONSTRUCT { ?s ?p ?o } WHERE { " + CBD_PATTERN + " }", "x");
    /**
     * The links to ?target: resources pointing at it directly or through one of their blank nodes (a reference, a
     * family tie), with the earliest date of each (a state's transfers by year). Only the links, not the pointing
     * resources' descriptions: a case study is pointed at by the briefing, whose description lists every case study.
     * The blank-node branch starts from ?target: written the other way round, the FILTER splits the pattern and the
     * engine scans every quad of the store for "?x ?in1 ?b" before it looks at ?target.
     */
    static final Template INCOMING = new Template("""
            PREFIX rkg: <https://w3id.org/refoulement-kg/ontology#>
            CONSTRUCT { ?x ?in ?target . ?x ?in1 ?b . ?b ?in2 ?target . ?x rkg:earliest ?earliest } WHERE {
              { SELECT ?target ?x ?in ?in1 ?b ?in2 WHERE {
                  { ?x ?in ?target } UNION { ?b ?in2 ?target . FILTER(isBlank(?b)) ?x ?in1 ?b }
                  FILTER(isIRI(?x) && ?x != ?target)
                } LIMIT 2000 }
              OPTIONAL { ?x rkg:earliest ?earliest }
            }""", "target");
    /** A person's events, decisions and claims (what has ?target as rkg:person), described in full for the timeline. */
    static final Template ABOUT_PERSON = new Template("""
            PREFIX rkg: <https://w3id.org/refoulement-kg/ontology#>
            CONSTRUCT { ?s ?p ?o } WHERE {
              { SELECT DISTINCT ?target ?x WHERE { ?x rkg:person ?target FILTER(isIRI(?x)) } LIMIT 2000 }
            """ + CBD_PATTERN + " }", "target");
    /**
     * Facts whose references name a footnote that is ?target or cites ?target (a source), with the footnotes their
     * references name: enough to list them. Spelled out triple by triple from ?target outwards: as property paths,
     * the engine joined "?x prov:wasDerivedFrom ?ref" unbound.
     */
    static final Template RESTING_ON = new Template("""
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rkg: <https://w3id.org/refoulement-kg/ontology#>
            CONSTRUCT { ?x prov:wasDerivedFrom ?r . ?r rkg:footnote ?f } WHERE {
              { SELECT DISTINCT ?target ?x WHERE {
                  { ?ref rkg:footnote ?target . ?x prov:wasDerivedFrom ?ref }
                  UNION { ?fn rkg:cites ?target . ?ref rkg:footnote ?fn . ?x prov:wasDerivedFrom ?ref }
                  UNION { ?ref rkg:footnote ?target . ?kin prov:wasDerivedFrom ?ref . ?x rkg:relative ?kin }
                  FILTER(isIRI(?x))
                } LIMIT 2000 }
              ?x prov:wasDerivedFrom ?r .
              ?r rkg:footnote ?f
            }""", "target");
    /** Decisions taken by the courts and authorities of a state (?target), for the state's page. */
    static final Template DECIDED_IN = new Template("""
            PREFIX rkg: <https://w3id.org/refoulement-kg/ontology#>
            CONSTRUCT { ?s ?p ?o } WHERE {
              { SELECT DISTINCT ?target ?x WHERE { ?body rkg:jurisdiction ?target . ?x rkg:decidedBy ?body } LIMIT 2000 }
            """ + CBD_PATTERN + " }", "target");
    /** Triples that point at ?target directly: what a linked-data client gets besides the description. */
    static final Template INCOMING_TRIPLES = new Template("CONSTRUCT { ?s ?p ?target } WHERE { ?s ?p ?target } LIMIT 5000", "target");
    private static final Node FOOTNOTE = NodeFactory.createURI(RKG.NS + "Footnote");
    private static final Node SOURCE = NodeFactory.createURI(RKG.NS + "Source");
    private static final Node PERSON = NodeFactory.createURI(RKG.NS + "Person");
    private static final Node STATE = NodeFactory.createURI(RKG.NS + "State");

    private final KnowledgeGraph kg;
    private final Duration timeout;
    private final LabelCache labels;

    Neighbourhood(KnowledgeGraph kg, Duration timeout, LabelCache labels) {
        this.kg = kg;
        this.timeout = timeout;
        this.labels = labels;
    }

    /** The resource's own description (empty if the store knows nothing about it). */
    Model description(String iri) {
        return into(newModel(), DESCRIPTION, iri);
    }

    /** The RDF answer for a resource: its description plus the triples that point at it. */
    Model forData(String iri) {
        return into(description(iri), INCOMING_TRIPLES, iri);
    }

    /**
     * Description, incoming links, a person's events in full (for the timeline), the facts resting on a footnote or
     * source, and labels of everything mentioned: each query only where the page shows its answer.
     */
    Model forPage(String iri) {
        Model m = description(iri);
        var g = m.getGraph();
        Node r = NodeFactory.createURI(iri);
        into(m, INCOMING, iri);
        if (g.contains(r, RDF.type.asNode(), PERSON)) into(m, ABOUT_PERSON, iri);
        // Only footnotes are named by references and only sources are cited by footnotes: other pages need not ask.
        if (g.contains(r, RDF.type.asNode(), FOOTNOTE) || g.contains(r, RDF.type.asNode(), SOURCE))
            into(m, RESTING_ON, iri);
        if (g.contains(r, RDF.type.asNode(), STATE)) into(m, DECIDED_IN, iri);
        Set<Node> asked = iris(m);
        addLabels(m, asked);
        Set<Node> more = iris(m); // the sources that the footnotes cite, named by the labels just added
        more.removeAll(asked);
        addLabels(m, more);
        return m;
    }

    /** Adds the labels (and footnote numbers, cited sources) of these IRIs, from the cache or one VALUES query. */
    private void addLabels(Model m, Set<Node> iris) {
        if (iris.isEmpty()) return;
        var g = m.getGraph();
        labels.labelsOf(iris).forEach(g::add);
    }

    private static Set<Node> iris(Model m) {
        Set<Node> iris = new LinkedHashSet<>();
        m.getGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) if (n.isURI()) iris.add(n);
        });
        return iris;
    }

    /** Adds the answer of {@code template}, bound to the resource, to {@code m}. */
    private Model into(Model m, Template template, String iri) {
        kg.construct(template, NodeFactory.createURI(iri), timeout, m.getGraph());
        return m;
    }

    private static Model newModel() {
        // Same-term graph, as the store itself: faster to fill than the default model's value-based graph.
        Model m = ModelFactory.createModelForGraph(org.apache.jena.graph.GraphMemFactory.createDefaultGraphSameTerm());
        m.setNsPrefixes(RKG.PREFIXES);
        return m;
    }
}
