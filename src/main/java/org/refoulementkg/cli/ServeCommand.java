package org.refoulementkg.cli;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.WebApp;
import org.refoulementkg.web.http.ClientBudget;
import org.refoulementkg.web.sparql.QueryLimits;
import org.refoulementkg.web.sparql.ResultCache;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load the data if the store is empty or older than data/, then serve SPARQL and entity pages.")
final class ServeCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Mixin StoreOptions store;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--base-iri", defaultValue = "https://w3id.org/refoulement-kg/",
            description = "Canonical base of the data's IRIs; /id/… paths on this server answer for them (default: ${DEFAULT-VALUE}).")
    String baseIri;

    @Option(names = "--admin-token", description = "Bearer token for operator actions (POST /admin/reload); default: $RKG_ADMIN_TOKEN, else disabled.")
    String adminToken;

    @Option(names = "--max-running", description = "Queries executing at once on /sparql; the rest wait in order (default: the number of cores).")
    Integer maxRunning;

    @Option(names = "--query-limit", paramLabel = "NAME=VALUE",
            description = "Change what one query may build (repeatable): running, aggregate-chars, groups, sort-rows, graph-triples, buffer-bytes, answer-bytes (README: Security model).")
    Map<String, Long> queryLimits = Map.of();

    @Option(names = "--query-time-per-minute", defaultValue = "60",
            description = "Seconds of query time each client may use per minute, then 429 with Retry-After; 0 turns it off (default: ${DEFAULT-VALUE}).")
    int queryTimePerMinute;

    @Option(names = "--client-queries-at-once", description = "Queries one client may run at once; its others wait their turn (default: all cores but one).")
    Integer clientAtOnce;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "Address of a reverse proxy in front of the server: its X-Forwarded-For names the client. Repeatable; default: none (the connection's address is the client).")
    Set<String> trustedProxies = Set.of();

    @Option(names = "--memory-copy", paramLabel = "TRIPLES",
            description = "Also copy the embedded store's default graph into memory for queries (analytics 2-4x faster) when it holds at most this many triples, at about 200 bytes of heap a triple; 0: never (default: as many as an eighth of the heap holds).")
    Long memoryCopy;

    @Option(names = "--no-result-cache", description = "Do not keep complete /sparql answers until the data changes (README: Security model).")
    boolean noResultCache;

    @Option(names = "--result-cache-mb", defaultValue = "64", description = "Megabytes of complete /sparql answers kept until the next publish; one answer at most 4 MB (default: ${DEFAULT-VALUE}).")
    int resultCacheMb;

    @Spec CommandSpec spec;

    /** The query limits, with the options' changes: checked before anything is loaded. */
    private QueryLimits limits() {
        var limits = maxRunning == null ? QueryLimits.DEFAULT : QueryLimits.DEFAULT.withRunning(maxRunning);
        for (var l : queryLimits.entrySet()) {
            try {
                limits = limits.with(l.getKey(), l.getValue());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--query-limit: " + e.getMessage());
            }
        }
        return limits;
    }

    @Override
    public Integer call() throws InterruptedException {
        String base = baseIri.endsWith("/") ? baseIri : baseIri + "/";
        var settings = new WebApp.Settings(Duration.ofSeconds(timeoutSeconds), base, home.home()).withLimits(limits())
                .withBudget(new ClientBudget.Settings(Duration.ofSeconds(queryTimePerMinute), trustedProxies,
                        clientAtOnce == null ? ClientBudget.Settings.DEFAULT.atOnce() : clientAtOnce))
                .withResultCache(noResultCache ? ResultCache.Settings.OFF
                        : new ResultCache.Settings(resultCacheMb * 1024L * 1024, ResultCache.Settings.DEFAULT.maxEntryBytes()));
        var kg = store.open(home, memoryCopy != null ? memoryCopy : KnowledgeGraph.memoryCopyBudget());
        var publisher = StoreOptions.publisher(kg, home, true);
        publisher.ensureCurrent(System.out);
        String token = adminToken != null ? adminToken : System.getenv("RKG_ADMIN_TOKEN");
        var app = WebApp.create(kg, settings,
                new WebApp.Operator(token, publisher)).start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { app.stop(); kg.close(); }));
        System.out.printf("Serving %s%n  http://localhost:%d/          (home)%n  http://localhost:%d/sparql    (SPARQL endpoint and query page)%n",
                kg.describe(), app.port(), app.port());
        Thread.currentThread().join();
        return 0;
    }
}
