package org.refoulementkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.refoulementkg.bench.BenchSettings;
import org.refoulementkg.bench.Benchmark;
import org.refoulementkg.bench.Report;
import org.refoulementkg.corpus.Scales;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark load, queries, entity pages, concurrency, startup and memory against tdb2.tdbloader and Fuseki,",
                "on the briefing's data and on generated corpora of several sizes. Loopback only; writes <out>/results.json and results.md."})
final class BenchCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--scales", defaultValue = "briefing,1e4,1e5,1e6", split = ",",
            description = "\"briefing\" (the project's data) and/or triple counts (default: ${DEFAULT-VALUE}; 1e7 takes about an hour).")
    List<String> scales;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated corpora (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", defaultValue = "bench-work", description = "Corpora and stores (default: ${DEFAULT-VALUE}); corpora are reused.")
    Path work;

    @Option(names = "--out", defaultValue = "bench-out", description = "Results directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--query-runs", defaultValue = "30", description = "Timed runs per catalogue query and server (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--query-budget", defaultValue = "20", description = "Seconds per catalogue query and server at most (default: ${DEFAULT-VALUE}).")
    int queryBudget;

    @Option(names = "--entities", defaultValue = "20", description = "Entities sampled per kind (default: ${DEFAULT-VALUE}).")
    int perKind;

    @Option(names = "--lookup-rounds", defaultValue = "3", description = "Timed passes over the sampled entities (default: ${DEFAULT-VALUE}).")
    int lookupRounds;

    @Option(names = "--clients", defaultValue = "1,8,32", split = ",", description = "Concurrency levels (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--level-requests", defaultValue = "5000", description = "Requests per concurrency level at most (default: ${DEFAULT-VALUE}).")
    int levelRequests;

    @Option(names = "--level-budget", defaultValue = "15", description = "Seconds per concurrency level at most (default: ${DEFAULT-VALUE}).")
    int levelBudget;

    @Option(names = "--startups", defaultValue = "3", description = "Starts of each server to time (default: ${DEFAULT-VALUE}).")
    int startups;

    @Option(names = "--server-heap", defaultValue = "2g", description = "-Xmx of both servers (default: ${DEFAULT-VALUE}).")
    String serverHeap;

    @Option(names = "--load-heap", defaultValue = "12g", description = "-Xmx of the loaders (default: ${DEFAULT-VALUE}).")
    String loadHeap;

    @Option(names = "--skip-no-shacl", description = "Do not time ./kg load --no-shacl as well.")
    boolean skipNoShacl;

    @Override
    public Integer call() {
        for (String s : scales) if (!s.equals("briefing")) Scales.parse(s); // fail early on a typo
        Path project = home.home().toAbsolutePath().normalize();
        var settings = new BenchSettings(scales, seed, project, work.toAbsolutePath(), out.toAbsolutePath(), queryRuns,
                queryBudget, perKind, lookupRounds, clients, levelRequests, levelBudget,
                Math.max(1, startups), serverHeap, loadHeap, !skipNoShacl);
        var results = Benchmark.run(settings);
        System.out.println();
        System.out.println(Report.markdown(results));
        System.out.println("Results: " + out.resolve("results.json") + ", " + out.resolve("results.md"));
        return 0;
    }
}
