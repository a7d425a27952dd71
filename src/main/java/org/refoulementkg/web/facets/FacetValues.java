package org.refoulementkg.web.facets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.PerVersion;

import io.javalin.http.Context;

/**
 * Runs the queries of {@link FacetQueries}: a facet's values with their counts, the rows a selection leaves. A facet
 * offers at most {@code maxValues} values (the most frequent: a bound on the page, whose counting is whole anyway);
 * counts are kept for the data version, so that the page without choices, and a facet whose own choices change (the
 * common click), are not counted again.
 */
public final class FacetValues {
    /** What a facet offers by default: more than any facet of the briefing has. */
    public static final int MAX_VALUES = 100;
    /** Past this many selections the kept counts start afresh: a bound on memory. */
    private static final int MAX_KEPT = 2_000;

    /** A value of a facet: its slug in URLs (the year itself for years), its label, how many people or events have it. */
    public record Value(String slug, String label, long count) {}

    /** The counts of all of a facet's values, most frequent first, and how many of them a page shows. */
    public record Values(List<Value> all, int max) {
        public List<Value> shown() { return all.size() > max ? all.subList(0, max) : all; }
        public boolean more() { return all.size() > max; }
        public boolean isEmpty() { return all.isEmpty(); }
    }

    private record Key(Listed listed, Facet facet, Selection others) {}

    /** The threads that count facets, shared by all pages: as many as there are cores. */
    private static final ExecutorService COUNTING = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("facet-counts-", 0).daemon().factory());

    private final KnowledgeGraph kg;
    private final Duration timeout;
    private final int maxValues;
    /** The values each facet has in the data: a chosen value must be one of them. */
    private final PerVersion<Map<Facet, Set<String>>> known;
    private final PerVersion<Map<Key, Values>> counted;

    public FacetValues(KnowledgeGraph kg, Duration timeout) { this(kg, timeout, MAX_VALUES); }

    public FacetValues(KnowledgeGraph kg, Duration timeout, int maxValues) {
        this.kg = kg;
        this.timeout = timeout;
        this.maxValues = maxValues;
        this.known = new PerVersion<>(kg, g -> {
            // every value has a count under no choice: those counts are the first page's, kept with the others
            var out = new EnumMap<Facet, Set<String>>(Facet.class);
            all(Selection.NONE, Listed.PEOPLE).forEach((f, v) -> out.put(f, v.all().stream().map(Value::slug).collect(Collectors.toCollection(TreeSet::new))));
            return out;
        });
        this.counted = new PerVersion<>(kg, g -> new ConcurrentHashMap<>());
    }

    /** The selection of a request, each value checked against the data's (400 naming the values there are). */
    public Selection selection(Context ctx) {
        Selection s = Selection.of(ctx);
        Map<Facet, Set<String>> values = known.get();
        s.values().forEach((f, vs) -> {
            for (String v : vs)
                if (!values.getOrDefault(f, Set.of()).contains(v))
                    throw new HttpProblem(400, "“" + v + "” is not a value of “" + f.title + "” in this dataset. Its values: "
                            + String.join(", ", values.getOrDefault(f, Set.of())) + ".");
        });
        return s;
    }

    /** A facet's values (at most the cap) with the number of people or events each leaves under the other facets' choices. */
    public Values counts(Selection s, Facet f, Listed listed) {
        Map<Key, Values> kept = counted.get();
        var key = new Key(listed, f, s.without(f));
        Values v = kept.get(key);
        if (v != null) return v;
        var out = new ArrayList<Value>();
        for (QuerySolution row : select(FacetQueries.counts(s, f, listed))) {
            String slug = slug(f, row.get("value"));
            if (slug == null) continue; // a value outside the facet's namespace cannot be chosen by slug: not offered
            String label = row.contains("label") ? row.getLiteral("label").getLexicalForm() : slug;
            out.add(new Value(slug, label, row.getLiteral("count").getLong()));
        }
        v = new Values(List.copyOf(out), maxValues);
        if (kept.size() > MAX_KEPT) kept.clear();
        kept.put(key, v);
        return v;
    }

    /**
     * Every facet's values under the selection of the other facets: the facets counted side by side, as many at once as
     * there are cores (the first visit of a selection on a large store waits for the slowest, not for the sum).
     */
    public Map<Facet, Values> all(Selection s, Listed listed) {
        var pending = new EnumMap<Facet, Future<Values>>(Facet.class);
        for (Facet f : Facet.values()) pending.put(f, COUNTING.submit(() -> counts(s, f, listed)));
        var out = new EnumMap<Facet, Values>(Facet.class);
        try {
            for (var e : pending.entrySet()) out.put(e.getKey(), e.getValue().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting facets", e);
        } catch (ExecutionException e) {
            pending.values().forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) throw r; // a refusal or a timeout, mapped as from this thread
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    /** How many rows the whole list of the selection has. */
    public long total(Selection s, Listed listed) {
        return select(FacetQueries.total(s, listed)).getFirst().getLiteral("rows").getLong();
    }

    public <T> T kgQuery(Query q, Function<QueryExecution, T> work) { return kg.query(q, timeout, work); }

    public List<QuerySolution> select(Query q) {
        return kg.query(q, timeout, qe -> {
            var rows = new ArrayList<QuerySolution>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        });
    }

    private static String slug(Facet f, RDFNode v) {
        if (v == null) return null;
        return v.isURIResource() ? f.slug(v.asResource().getURI()) : v.isLiteral() ? v.asLiteral().getLexicalForm() : null;
    }
}
