package org.refoulementkg.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.Var;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.RKG;

/**
 * What a page or an RDF answer about one resource needs, fetched with a few parameterised queries that work
 * on every store mode: the resource's description (its triples, and those of the blank nodes under it —
 * references, selectors, family ties), the descriptions of the resources that point to it, the facts that
 * rest on it (for footnotes and sources), and the labels of everything mentioned.
 */
final class Neighbourhood {
    /** Triples of ?x and of blank nodes up to three hops below it (reference → selector, kinship → reference → selector). */
    private static final String CBD_PATTERN = """
            { ?x ?p ?o BIND(?x AS ?s) }
            UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p ?o BIND(?b1 AS ?s) }
            UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p2 ?b2 FILTER(isBlank(?b2)) ?b2 ?p ?o BIND(?b2 AS ?s) }
            UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p2 ?b2 FILTER(isBlank(?b2)) ?b2 ?p3 ?b3 FILTER(isBlank(?b3)) ?b3 ?p ?o BIND(?b3 AS ?s) }
            """;
    static final Query DESCRIPTION = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { " + CBD_PATTERN + " }");
    /** Resources pointing at ?target (directly, or through one of their blank nodes), with their descriptions. */
    static final Query INCOMING = QueryFactory.create("""
            CONSTRUCT { ?s ?p ?o } WHERE {
              { SELECT DISTINCT ?x WHERE {
                  { ?x ?in ?target } UNION { ?x ?in1 ?b . FILTER(isBlank(?b)) ?b ?in2 ?target }
                  FILTER(isIRI(?x) && ?x != ?target)
                } LIMIT 2000 }
            """ + CBD_PATTERN + " }");
    /** Facts whose references name a footnote that is ?target or cites ?target (a source). */
    static final Query RESTING_ON = QueryFactory.create("""
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rkg: <https://w3id.org/refoulement-kg/ontology#>
            CONSTRUCT { ?s ?p ?o } WHERE {
              { SELECT DISTINCT ?x WHERE {
                  { ?x prov:wasDerivedFrom/rkg:footnote ?target } UNION { ?x prov:wasDerivedFrom/rkg:footnote/rkg:cites ?target }
                  UNION { ?x rkg:relative/prov:wasDerivedFrom/rkg:footnote ?target }
                } LIMIT 2000 }
            """ + CBD_PATTERN + " }");
    /** Decisions taken by the courts and authorities of a state (?target), for the state's page. */
    static final Query DECIDED_IN = QueryFactory.create("""
            PREFIX rkg: <https://w3id.org/refoulement-kg/ontology#>
            CONSTRUCT { ?s ?p ?o } WHERE {
              { SELECT DISTINCT ?x WHERE { ?x rkg:decidedBy/rkg:jurisdiction ?target } LIMIT 2000 }
            """ + CBD_PATTERN + " }");
    /** Triples that point at ?target directly: what a linked-data client gets besides the description. */
    static final Query INCOMING_TRIPLES = QueryFactory.create("CONSTRUCT { ?s ?p ?target } WHERE { ?s ?p ?target } LIMIT 5000");
    private static final Query LABELS = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rkg: <https://w3id.org/refoulement-kg/ontology#>
            CONSTRUCT { ?r ?lp ?l } WHERE {
              VALUES ?lp { rdfs:label skos:prefLabel dcterms:title rkg:footnoteNumber rkg:cites }
              ?r ?lp ?l
            }""");

    private Neighbourhood() {}

    /** The resource's own description (empty if the store knows nothing about it). */
    static Model description(KnowledgeGraph kg, String iri, Duration timeout) {
        return construct(kg, DESCRIPTION, "x", iri, timeout);
    }

    /** The RDF answer for a resource: its description plus the triples that point at it. */
    static Model forData(KnowledgeGraph kg, String iri, Duration timeout) {
        Model m = description(kg, iri, timeout);
        m.add(construct(kg, INCOMING_TRIPLES, "target", iri, timeout));
        return m;
    }

    /** Description, incoming links, facts resting on it, and labels of everything mentioned, in one model. */
    static Model forPage(KnowledgeGraph kg, String iri, Duration timeout) {
        Model m = description(kg, iri, timeout);
        m.add(construct(kg, INCOMING, "target", iri, timeout));
        m.add(construct(kg, RESTING_ON, "target", iri, timeout));
        m.add(construct(kg, DECIDED_IN, "target", iri, timeout));
        addLabels(kg, m, timeout);
        addLabels(kg, m, timeout); // again, for the sources that the footnotes cite
        return m;
    }

    /** Adds labels (and footnote numbers) of every IRI in the model, in one VALUES query. */
    static void addLabels(KnowledgeGraph kg, Model m, Duration timeout) {
        Set<Node> iris = new LinkedHashSet<>();
        m.getGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) if (n.isURI()) iris.add(n);
        });
        if (iris.isEmpty()) return;
        List<Binding> rows = new ArrayList<>();
        Var r = Var.alloc("r");
        for (Node n : iris) rows.add(BindingFactory.binding(r, n));
        Query q = LABELS.cloneQuery();
        q.setValuesDataBlock(List.of(r), rows);
        Model labelled = kg.query(q, timeout, qe -> qe.execConstruct());
        m.add(labelled);
    }

    private static Model construct(KnowledgeGraph kg, Query query, String var, String iri, Duration timeout) {
        // Substitute the resource as a term throughout the query (subqueries too): never spliced into query text.
        Query q = QueryTransformOps.replaceVars(query, Map.of(Var.alloc(var), NodeFactory.createURI(iri)));
        Model m = ModelFactory.createDefaultModel();
        Model labelled = kg.query(q, timeout, qe -> qe.execConstruct());
        m.add(labelled);
        m.setNsPrefixes(RKG.PREFIXES);
        return m;
    }
}
