package org.refoulementkg.bench;

import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.refoulementkg.store.Rdf11Queries;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.entity.EntityTemplates;

/**
 * Queries the benchmark sends on behalf of a client: for an entity lookup on Fuseki, the very template our server
 * answers {@code /id/…} in RDF with ({@link EntityTemplates#DATA}: the resource's triples, those of the blank nodes
 * under it, and the triples pointing at it), and a person's timeline as a researcher would ask for it. Resources are
 * substituted as terms, never spliced into query text.
 */
final class EntityQueries {
    private static final Query TIMELINE = QueryFactory.create(Prefixes.sparql("rkg", "rdfs", "skos") + """
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
        return EntityTemplates.DATA.bound(NodeFactory.createURI(ours(iri))).serialize();
    }

    /** The same for Virtuoso, as our remote mode asks it: the template in RDF 1.1 terms first, then bound ({@code RemoteStore#construct}). */
    static String forVirtuoso(String iri) {
        Query q = Rdf11Queries.rewrite(EntityTemplates.DATA.query());
        return QueryTransformOps.replaceVars(q, Map.of(EntityTemplates.DATA.var(), NodeFactory.createURI(ours(iri)))).serialize();
    }

    /** A person's events and decisions in date order, with their types. */
    static String timeline(String personIri) {
        return QueryTransformOps.replaceVars(TIMELINE, Map.of(Var.alloc("person"), NodeFactory.createURI(ours(personIri)))).serialize();
    }

    private static String ours(String iri) {
        if (!iri.startsWith(RKG.BASE)) throw new IllegalArgumentException("not an IRI of the knowledge graph: " + iri);
        return iri;
    }
}
