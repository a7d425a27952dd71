package org.refoulementkg.web.dataset;

import java.time.Duration;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.Graphs;
import org.refoulementkg.vocab.Prefixes;

/**
 * What the ontology documentation is made of: the vocabulary (every graph under {@code graph/ontology/}
 * except the SHACL shapes) and how often the data uses each term — instances per class, triples per
 * property, uses of each concept as an object. "The data" is every graph outside {@code graph/ontology/}.
 *
 * <pre>{@code
 * OntologyDocs docs = OntologyDocs.read(kg, Duration.ofSeconds(30));
 * long transfers = docs.instances().getOrDefault(RKG.Transfer.getURI(), 0L);
 * }</pre>
 */
public record OntologyDocs(Model vocabulary, Map<String, Long> instances, Map<String, Long> triples, Map<String, Long> conceptUses) {
    // Built from constants only: nothing here comes from a request.
    private static final Query ONTOLOGY = QueryFactory.create("""
            SELECT ?g ?s ?p ?o WHERE {
              GRAPH ?g { ?s ?p ?o }
              FILTER(STRSTARTS(STR(?g), "%s"))
            }""".formatted(Graphs.ONTOLOGY));
    private static final Query INSTANCES = QueryFactory.create("""
            SELECT ?term (COUNT(DISTINCT ?s) AS ?n) WHERE {
              GRAPH ?g { ?s a ?term }
              FILTER(!STRSTARTS(STR(?g), "%s"))
            } GROUP BY ?term""".formatted(Graphs.ONTOLOGY));
    private static final Query TRIPLES = QueryFactory.create("""
            SELECT ?term (COUNT(*) AS ?n) WHERE {
              GRAPH ?g { ?s ?term ?o }
              FILTER(!STRSTARTS(STR(?g), "%s"))
            } GROUP BY ?term""".formatted(Graphs.ONTOLOGY));
    private static final Query CONCEPT_USES = QueryFactory.create(Prefixes.sparql("skos") + """
            SELECT ?term (COUNT(*) AS ?n) WHERE {
              { SELECT DISTINCT ?term WHERE {
                  GRAPH ?og { ?term skos:inScheme|skos:topConceptOf ?scheme }
                  FILTER(STRSTARTS(STR(?og), "%s"))
              } }
              GRAPH ?g { ?s ?p ?term }
              FILTER(!STRSTARTS(STR(?g), "%s"))
            } GROUP BY ?term""".formatted(Graphs.ONTOLOGY, Graphs.ONTOLOGY));

    public static OntologyDocs read(KnowledgeGraph kg, Duration timeout) {
        Model vocabulary = kg.query(ONTOLOGY, timeout, qe -> {
            Model m = ModelFactory.createDefaultModel();
            qe.execSelect().forEachRemaining(row -> {
                // The shapes are ontology graphs too, but they describe the data's form, not its vocabulary.
                if (!Graphs.isShapes(row.getResource("g").getURI()))
                    m.add(row.getResource("s"), m.createProperty(row.getResource("p").getURI()), row.get("o"));
            });
            return m;
        });
        vocabulary.setNsPrefixes(Prefixes.ALL);
        vocabulary.setNsPrefix("vann", "http://purl.org/vocab/vann/");
        return new OntologyDocs(vocabulary, DatasetStats.perTerm(kg, INSTANCES, timeout), DatasetStats.perTerm(kg, TRIPLES, timeout),
                DatasetStats.perTerm(kg, CONCEPT_USES, timeout));
    }
}
