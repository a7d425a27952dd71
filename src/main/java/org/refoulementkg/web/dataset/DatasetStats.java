package org.refoulementkg.web.dataset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;

/**
 * The numbers a VoID description gives, counted over every named graph (exactly what the dumps hold):
 * quads, entities (IRIs under the canonical base that are subjects), instances per class, triples per property.
 *
 * <pre>{@code
 * DatasetStats stats = DatasetStats.count(kg, Duration.ofSeconds(30));
 * System.out.println(stats.triples() + " triples, " + stats.entities() + " entities");
 * }</pre>
 */
public record DatasetStats(long triples, long entities, Map<String, Long> classes, Map<String, Long> properties,
                           List<String> examples) {

    // Built from constants only: nothing here comes from a request.
    private static final Query TRIPLES = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query ENTITIES = QueryFactory.create("""
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), "%s")) }"""
            .formatted(RKG.ID));
    private static final Query CLASSES = QueryFactory.create(
            "SELECT ?term (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?term } } GROUP BY ?term");
    private static final Query PROPERTIES = QueryFactory.create(
            "SELECT ?term (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?term ?o } } GROUP BY ?term");
    /** A few people, those with a case study first: good places to start browsing. */
    private static final Query EXAMPLES = QueryFactory.create(Prefixes.sparql() + """
            SELECT ?term WHERE {
              { SELECT ?term (MAX(?hasCase) AS ?case) WHERE {
                  ?term a rkg:Person .
                  OPTIONAL { ?c a rkg:CaseStudy ; rkg:person ?term }
                  BIND(IF(BOUND(?c), 1, 0) AS ?hasCase)
                } GROUP BY ?term }
              FILTER(isIRI(?term))
            } ORDER BY DESC(?case) ?term LIMIT 3""");

    public static DatasetStats count(KnowledgeGraph kg, Duration timeout) {
        var examples = kg.query(EXAMPLES, timeout, qe -> {
            var out = new ArrayList<String>();
            qe.execSelect().forEachRemaining(row -> out.add(row.getResource("term").getURI()));
            return out;
        });
        return new DatasetStats(number(kg, TRIPLES, timeout), number(kg, ENTITIES, timeout),
                perTerm(kg, CLASSES, timeout), perTerm(kg, PROPERTIES, timeout), List.copyOf(examples));
    }

    private static long number(KnowledgeGraph kg, Query q, Duration timeout) {
        return kg.query(q, timeout, qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    /** {@code ?term ?n} rows as a map, sorted by term; rows whose term is not an IRI are left out. */
    static Map<String, Long> perTerm(KnowledgeGraph kg, Query q, Duration timeout) {
        return kg.query(q, timeout, qe -> {
            var out = new TreeMap<String, Long>();
            qe.execSelect().forEachRemaining((QuerySolution row) -> {
                if (row.get("term").isURIResource()) out.put(row.getResource("term").getURI(), row.getLiteral("n").getLong());
            });
            return out;
        });
    }
}
