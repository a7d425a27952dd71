package org.refoulementkg.web.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * A query as the endpoint runs it: parsed and checked by {@link QueryPolicy} ({@code query}), the copy that runs with
 * its aggregates metered ({@code metered}), and its text as the result cache keys it ({@code canonical}).
 * Read-only once made, so that one can serve many requests at once: nothing here is changed after {@link #of}.
 */
public record PreparedQuery(Query query, Query metered, String canonical) {

    /** Prepares a query that {@link QueryPolicy#check} has passed (with any protocol dataset applied already). */
    static PreparedQuery of(Query checked) {
        // Jena fills a query's result variables lazily, on first use: done here, before another thread can see it.
        checked.ensureResultVars();
        Query metered = BoundedAggregates.meter(checked);
        metered.ensureResultVars();
        // ... and gives a DESCRIBE without WHERE an empty pattern when it runs it: also done here, once.
        if (metered.isDescribeType() && metered.getQueryPattern() == null) metered.setQueryPattern(new ElementGroup());
        return new PreparedQuery(checked, metered, checked.serialize());
    }
}
