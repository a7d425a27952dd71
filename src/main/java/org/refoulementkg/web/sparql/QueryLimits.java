package org.refoulementkg.web.sparql;

/**
 * What one query on the public endpoint may build, and how many run at once. With a 1 GB heap and the defaults,
 * {@link #running} queries at their limits fit together with room to spare; {@link HeapGuard} stops the largest if
 * something unforeseen (a huge join table, say) fills the heap anyway. README's security model lists them.
 *
 * @param running        queries executing at once; the rest wait in order, 503 if they cannot start within the timeout
 * @param aggregateChars characters all string aggregates (GROUP_CONCAT) of one query may collect
 * @param groups         groups one query's GROUP BY / aggregates may hold, across its subqueries
 * @param sortRows       rows ORDER BY and DISTINCT keep in memory; beyond, Jena spills them to temporary files
 * @param graphTriples   triples a CONSTRUCT or DESCRIBE answer may hold (it is built before it is written)
 * @param bufferBytes    bytes of an answer held back so that a failure can still change the status; beyond, it streams
 * @param answerBytes    bytes one answer may have; beyond, it is refused (503) or, once streaming, cut
 * @param heapFraction   share of the heap in use after a collection at which {@link HeapGuard} stops the largest query
 */
public record QueryLimits(int running, long aggregateChars, long groups, long sortRows, long graphTriples,
                          int bufferBytes, long answerBytes, double heapFraction) {

    /** The defaults: generous for the briefing's data and for any question a person asks by hand. */
    public static final QueryLimits DEFAULT = new QueryLimits(Runtime.getRuntime().availableProcessors(),
            16_000_000, 250_000, 100_000, 200_000, 4 * 1024 * 1024, 256L * 1024 * 1024, 0.80);

    public QueryLimits {
        if (running < 1) throw new IllegalArgumentException("at least one query must be able to run");
        if (heapFraction <= 0 || heapFraction >= 1) throw new IllegalArgumentException("heapFraction must be between 0 and 1");
    }

    public QueryLimits withRunning(int n) { return new QueryLimits(n, aggregateChars, groups, sortRows, graphTriples, bufferBytes, answerBytes, heapFraction); }
    public QueryLimits withAggregateChars(long n) { return new QueryLimits(running, n, groups, sortRows, graphTriples, bufferBytes, answerBytes, heapFraction); }
    public QueryLimits withGroups(long n) { return new QueryLimits(running, aggregateChars, n, sortRows, graphTriples, bufferBytes, answerBytes, heapFraction); }
    public QueryLimits withGraphTriples(long n) { return new QueryLimits(running, aggregateChars, groups, sortRows, n, bufferBytes, answerBytes, heapFraction); }
    public QueryLimits withAnswerBytes(long n) { return new QueryLimits(running, aggregateChars, groups, sortRows, graphTriples, bufferBytes, n, heapFraction); }

    /** The names {@link #with(String, long)} takes (and {@code ./kg serve --query-limit NAME=VALUE}). */
    public static final java.util.List<String> NAMES = java.util.List.of("running", "aggregate-chars", "groups", "sort-rows", "graph-triples", "buffer-bytes", "answer-bytes");

    /** These limits with one changed by name; IllegalArgumentException for a name not in {@link #NAMES}. */
    public QueryLimits with(String name, long value) {
        return switch (name) {
            case "running" -> withRunning(Math.toIntExact(value));
            case "aggregate-chars" -> withAggregateChars(value);
            case "groups" -> withGroups(value);
            case "sort-rows" -> new QueryLimits(running, aggregateChars, groups, value, graphTriples, bufferBytes, answerBytes, heapFraction);
            case "graph-triples" -> withGraphTriples(value);
            case "buffer-bytes" -> new QueryLimits(running, aggregateChars, groups, sortRows, graphTriples, Math.toIntExact(value), answerBytes, heapFraction);
            case "answer-bytes" -> withAnswerBytes(value);
            default -> throw new IllegalArgumentException("no query limit '" + name + "'; the limits are " + NAMES);
        };
    }

    /** A query that crossed one of the limits: its message names the limit and what to do. Mapped to 503. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded(String message) { super(message, null, false, false); }
    }
}
