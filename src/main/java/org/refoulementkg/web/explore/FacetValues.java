package org.refoulementkg.web.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.refoulementkg.store.KnowledgeGraph;

/** Runs the queries of {@link ExploreQueries}: a facet's values with their counts, the people a selection leaves. */
final class FacetValues {
    /** A value of a facet: its slug in URLs (the year itself for years), its label, how many people have it. */
    record Value(String slug, String label, long people) {}

    private final KnowledgeGraph kg;
    private final Duration timeout;

    FacetValues(KnowledgeGraph kg, Duration timeout) {
        this.kg = kg;
        this.timeout = timeout;
    }

    List<Value> counts(Selection s, Facet f) {
        var out = new ArrayList<Value>();
        for (QuerySolution row : select(ExploreQueries.counts(s, f))) {
            RDFNode v = row.get("value");
            if (v == null) continue;
            String slug = v.isURIResource() ? f.slug(v.asResource().getURI()) : v.isLiteral() ? v.asLiteral().getLexicalForm() : null;
            if (slug == null) continue; // a value outside the facet's namespace cannot be chosen by slug: not offered
            String label = row.contains("label") ? row.getLiteral("label").getLexicalForm() : slug;
            out.add(new Value(slug, label, row.getLiteral("people").getLong()));
        }
        return out;
    }

    /** Every facet's values under the selection of the other facets. */
    Map<Facet, List<Value>> all(Selection s) {
        var out = new EnumMap<Facet, List<Value>>(Facet.class);
        for (Facet f : Facet.values()) out.put(f, counts(s, f));
        return out;
    }

    <T> T kgQuery(Query q, java.util.function.Function<org.apache.jena.query.QueryExecution, T> work) { return kg.query(q, timeout, work); }

    List<QuerySolution> select(Query q) {
        return kg.query(q, timeout, qe -> {
            var rows = new ArrayList<QuerySolution>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        });
    }
}
