package org.refoulementkg.web.dataset;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.RKG;

/**
 * What the ontology documentation is made of: the vocabulary (every graph under {@code graph/ontology/}
 * except the SHACL shapes) and how often the data uses each term — instances per class, triples per
 * property, uses of each concept as an object. "The data" is every graph outside {@code graph/ontology/}.
 *
 * <pre>{@code
 * OntologyDocs docs = OntologyDocs.read(kg, Duration.ofSeconds(30));
 * long transfers = docs.instances().getOrDefault(RKG.NS + "Transfer", 0L);
 * }</pre>
 */
public record OntologyDocs(Model vocabulary, Map<String, Long> instances, Map<String, Long> triples, Map<String, Long> conceptUses) {
    static final String ONTOLOGY_GRAPHS = RKG.GRAPH + "ontology/";
    static final String SHAPES_GRAPH = RKG.GRAPH + "ontology/shapes";

    // Built from constants only: nothing here comes from a request.
    private static final Query VOCABULARY = QueryFactory.create("""
            CONSTRUCT { ?s ?p ?o } WHERE {
              GRAPH ?g { ?s ?p ?o }
              FILTER(STRSTARTS(STR(?g), "%s") && ?g != <%s>)
            }""".formatted(ONTOLOGY_GRAPHS, SHAPES_GRAPH));
    private static final Query INSTANCES = QueryFactory.create("""
            SELECT ?term (COUNT(DISTINCT ?s) AS ?n) WHERE {
              GRAPH ?g { ?s a ?term }
              FILTER(!STRSTARTS(STR(?g), "%s"))
            } GROUP BY ?term""".formatted(ONTOLOGY_GRAPHS));
    private static final Query TRIPLES = QueryFactory.create("""
            SELECT ?term (COUNT(*) AS ?n) WHERE {
              GRAPH ?g { ?s ?term ?o }
              FILTER(!STRSTARTS(STR(?g), "%s"))
            } GROUP BY ?term""".formatted(ONTOLOGY_GRAPHS));
    private static final Query CONCEPT_USES = QueryFactory.create("""
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?term (COUNT(*) AS ?n) WHERE {
              { SELECT DISTINCT ?term WHERE {
                  GRAPH ?og { ?term skos:inScheme|skos:topConceptOf ?scheme }
                  FILTER(STRSTARTS(STR(?og), "%s"))
              } }
              GRAPH ?g { ?s ?p ?term }
              FILTER(!STRSTARTS(STR(?g), "%s"))
            } GROUP BY ?term""".formatted(ONTOLOGY_GRAPHS, ONTOLOGY_GRAPHS));

    public static OntologyDocs read(KnowledgeGraph kg, Duration timeout) {
        Model vocabulary = kg.query(VOCABULARY, timeout, QueryExecution::execConstruct);
        vocabulary.setNsPrefixes(RKG.PREFIXES);
        vocabulary.setNsPrefix("vann", "http://purl.org/vocab/vann/");
        return new OntologyDocs(vocabulary, counts(kg, INSTANCES, timeout), counts(kg, TRIPLES, timeout), counts(kg, CONCEPT_USES, timeout));
    }

    private static Map<String, Long> counts(KnowledgeGraph kg, Query q, Duration timeout) {
        return kg.query(q, timeout, qe -> {
            var out = new HashMap<String, Long>();
            qe.execSelect().forEachRemaining((QuerySolution row) -> {
                if (row.get("term").isURIResource()) out.put(row.getResource("term").getURI(), row.getLiteral("n").getLong());
            });
            return out;
        });
    }
}
