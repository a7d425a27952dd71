package org.refoulementkg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How much a benchmark run measures, and where it works.
 *
 * @param scales        "briefing" (the project's own data) and/or triple counts such as 1e4, 1e6
 * @param project       the project home (its data for "briefing", its ontology/ and queries/ for generated corpora)
 * @param work          where corpora and stores are written (reused across runs when the corpus is the same)
 * @param out           where results.json and results.md go
 * @param queryRuns     timed runs of each catalogue query per server (after one untimed run), within {@code queryBudgetSeconds}
 * @param perKind       entities sampled per kind for the lookups
 * @param lookupRounds  timed passes over the sampled entities
 * @param clients       concurrency levels
 * @param levelRequests requests per level at most, within {@code levelBudgetSeconds}
 * @param startups      server starts per server (the median is reported)
 * @param serverHeap    -Xmx of both servers
 * @param loadHeap      -Xmx of the loaders
 * @param noShaclLoad   also time {@code load --no-shacl}
 */
public record BenchSettings(List<String> scales, long seed, Path project, Path work, Path out, int queryRuns, int queryBudgetSeconds,
                            int perKind, int lookupRounds, List<Integer> clients, int levelRequests, int levelBudgetSeconds,
                            int startups, String serverHeap, String loadHeap, boolean noShaclLoad) {
    /**
     * The JIT option {@code ./kg} gives our JVMs (see the launcher): Jena's SPARQL parser has methods too large for
     * HotSpot to compile by default. Fuseki runs as its own launcher starts it, without it.
     */
    static final String OUR_JIT = "-XX:-DontCompileHugeMethods";

    /** Query timeout of both servers: long enough that a slow query is measured, not refused. */
    static final Duration QUERY_TIMEOUT = Duration.ofMinutes(5);

    Duration queryBudget() { return Duration.ofSeconds(queryBudgetSeconds); }

    Duration levelBudget() { return Duration.ofSeconds(levelBudgetSeconds); }

    /** Untimed requests of an AOT training run. */
    int warmUpRequests() { return 600; }

    /** Untimed requests (at most, within {@link #steadyWarmUpBudget()}) that bring each server to its steady speed before anything is timed. */
    int steadyWarmUpRequests() { return 20_000; }

    Duration steadyWarmUpBudget() { return Duration.ofSeconds(40); }
}
