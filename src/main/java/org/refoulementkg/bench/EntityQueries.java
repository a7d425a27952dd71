package org.refoulementkg.bench;

import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.refoulementkg.vocab.RKG;

/**
 * Queries the benchmark sends on behalf of a client: the CONSTRUCT that yields what our server answers for
 * {@code /id/…} in RDF (the resource's triples, those of the blank nodes under it, and the triples pointing at
 * it), and a person's timeline. Resources are substituted as terms, never spliced into query text.
 */
final class EntityQueries {
    private static final Query FOR_DATA = QueryFactory.create("""
            CONSTRUCT { ?s ?p ?o . ?in ?inP ?x } WHERE {
              { ?x ?p ?o BIND(?x AS ?s) }
              UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p ?o BIND(?b1 AS ?s) }
              UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p2 ?b2 FILTER(isBlank(?b2)) ?b2 ?p ?o BIND(?b2 AS ?s) }
              UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p2 ?b2 FILTER(isBlank(?b2)) ?b2 ?p3 ?b3 FILTER(isBlank(?b3)) ?b3 ?p ?o BIND(?b3 AS ?s) }
              UNION { SELECT ?in ?inP WHERE { ?in ?inP ?x } LIMIT 5000 }
            }""");
    private static final Query TIMELINE = QueryFactory.create("""
            PREFIX rkg:  <https://w3id.org/refoulement-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?earliest ?date ?label ?type WHERE {
              ?e rkg:person ?person ;
                 rdfs:label ?label .
              OPTIONAL { ?e rkg:earliest ?earliest }
              OPTIONAL { ?e rkg:dateText ?date }
              OPTIONAL { ?e rkg:eventType|rkg:decisionType|rkg:transferType ?t . ?t skos:prefLabel ?type }
            } ORDER BY ?earliest ?label""");

    private EntityQueries() {}

    /** What our server answers for {@code iri} as Turtle, as one CONSTRUCT. */
    static String forData(String iri) {
        return substitute(FOR_DATA, "x", iri);
    }

    /** A person's events and decisions in date order, with their types. */
    static String timeline(String personIri) {
        return substitute(TIMELINE, "person", personIri);
    }

    private static String substitute(Query q, String var, String iri) {
        if (!iri.startsWith(RKG.BASE)) throw new IllegalArgumentException("not an IRI of the knowledge graph: " + iri);
        return QueryTransformOps.replaceVars(q, Map.of(Var.alloc(var), NodeFactory.createURI(iri))).serialize();
    }
}
