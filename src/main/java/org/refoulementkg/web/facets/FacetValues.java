package org.refoulementkg.web.facets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.PerVersion;

import io.javalin.http.Context;

/** Runs the queries of {@link FacetQueries}: a facet's values with their counts, the people a selection leaves. */
public final class FacetValues {
    /** A value of a facet: its slug in URLs (the year itself for years), its label, how many people have it. */
    public record Value(String slug, String label, long people) {}

    private final KnowledgeGraph kg;
    private final Duration timeout;
    /** The values each facet has in the data: a chosen value must be one of them. */
    private final PerVersion<Map<Facet, Set<String>>> known;

    public FacetValues(KnowledgeGraph kg, Duration timeout) {
        this.kg = kg;
        this.timeout = timeout;
        this.known = new PerVersion<>(kg, g -> all(Selection.NONE).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Value::slug).collect(Collectors.toSet()))));
    }

    /** The selection of a request, each value checked against the data's (400 naming the values there are). */
    public Selection selection(Context ctx) {
        Selection s = Selection.of(ctx);
        Map<Facet, Set<String>> values = known.get();
        s.values().forEach((f, vs) -> {
            for (String v : vs)
                if (!values.getOrDefault(f, Set.of()).contains(v))
                    throw new HttpProblem(400, "“" + v + "” is not a value of “" + f.title + "” in this dataset. Its values: "
                            + String.join(", ", values.getOrDefault(f, Set.of()).stream().sorted().toList()) + ".");
        });
        return s;
    }

    public List<Value> counts(Selection s, Facet f) {
        var out = new ArrayList<Value>();
        for (QuerySolution row : select(FacetQueries.counts(s, f))) {
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
    public Map<Facet, List<Value>> all(Selection s) {
        var out = new EnumMap<Facet, List<Value>>(Facet.class);
        for (Facet f : Facet.values()) out.put(f, counts(s, f));
        return out;
    }

    public <T> T kgQuery(Query q, java.util.function.Function<org.apache.jena.query.QueryExecution, T> work) { return kg.query(q, timeout, work); }

    public List<QuerySolution> select(Query q) {
        return kg.query(q, timeout, qe -> {
            var rows = new ArrayList<QuerySolution>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        });
    }
}
