package org.refoulementkg.web.sparql;

import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * One execution's account against its {@link QueryLimits}, kept in the execution's context so that the metered
 * aggregates ({@link BoundedAggregates}) find it. An execution runs on one thread: plain counters suffice.
 */
final class QueryBudget {
    private static final Symbol SYMBOL = Symbol.create("urn:x-refoulement-kg:query-budget");

    private final QueryLimits limits;
    private long chars;
    private long groups;

    QueryBudget(QueryLimits limits) { this.limits = limits; }

    void putInto(Context context) { context.set(SYMBOL, this); }

    /** The budget of the execution evaluating, or null (an execution without limits: ./kg query). */
    static QueryBudget of(FunctionEnv env) {
        Context c = env == null ? null : env.getContext();
        return c == null ? null : c.get(SYMBOL);
    }

    void chargeChars(long n) {
        chars += n;
        if (chars > limits.aggregateChars())
            throw new QueryLimits.Exceeded("Stopped: the query's string aggregates (GROUP_CONCAT) passed the limit of "
                    + limits.aggregateChars() + " characters. Aggregate fewer values (a narrower pattern, LIMIT in a subquery).");
    }

    void chargeGroup() {
        if (++groups > limits.groups())
            throw new QueryLimits.Exceeded("Stopped: the query's GROUP BY passed the limit of " + limits.groups()
                    + " groups. Group by fewer values, or narrow the pattern before grouping.");
    }
}
