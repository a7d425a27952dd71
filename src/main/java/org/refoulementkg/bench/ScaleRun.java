package org.refoulementkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.refoulementkg.corpus.CorpusGenerator;
import org.refoulementkg.corpus.Scales;

/**
 * One scale, start to end: the corpus (generated, or the project's own data for "briefing"), the loads, our
 * server and then Fuseki on the store our load built (never both at once: a TDB2 directory belongs to one
 * JVM, and the two would compete for the two cores), and the comparison of their answers.
 */
final class ScaleRun {
    private static final String ASK = "ASK { ?s ?p ?o }";
    private static final String JSON = "application/sparql-results+json";

    private final BenchSettings s;
    private final HttpProbe http;
    private final String scale;
    private final Path dir;

    ScaleRun(BenchSettings s, HttpProbe http, String scale) {
        this.s = s;
        this.http = http;
        this.scale = scale;
        this.dir = s.work().resolve(scale).toAbsolutePath();
    }

    Results.Scale run() {
        long started = System.nanoTime();
        String loadBefore = loadAverage();
        System.out.println("== scale " + scale);

        // The corpus.
        Path home;
        int cases;
        double generate = 0;
        if (scale.equals("briefing")) {
            home = s.project().toAbsolutePath();
            cases = 19;
        } else {
            home = dir.resolve("home");
            long n = Scales.parse(scale);
            var summary = CorpusGenerator.existing(home, n, s.seed()).orElse(null);
            if (summary == null) {
                long t = System.nanoTime();
                summary = CorpusGenerator.generate(s.project(), home, n, s.seed());
                generate = (System.nanoTime() - t) / 1e9;
                System.out.printf("  generated %,d triples in %.1f s%n", summary.triples(), generate);
            }
            cases = summary.caseStudies();
        }

        // The loads. Ours first: its store is the one both servers serve.
        List<String> loadJvm = List.of("-Xmx" + s.loadHeap());
        List<String> ourLoadJvm = withOurJit(loadJvm);
        Path store = dir.resolve("store");
        deleteTree(store);
        var loads = new ArrayList<LoadBench.Result>();
        var ourLoad = LoadBench.ours(home, store, true, ourLoadJvm, dir.resolve("logs/load.log"));
        if (!ourLoad.ok()) throw new IllegalStateException("our load failed at scale " + scale + "; see " + dir.resolve("logs/load.log"));
        long triples = ourLoad.triples(); // as loaded: the generator's count, or the briefing's
        long n = triples;
        loads.add(ourLoad);
        if (s.noShaclLoad()) loads.add(scratch("store-no-shacl", p -> LoadBench.ours(home, p, false, ourLoadJvm, dir.resolve("logs/load-no-shacl.log"))));
        loads.add(scratch("tdb-quads", p -> LoadBench.tdbloader(home, p, true, loadJvm, dir.resolve("logs/tdbloader-quads.log"), n)));
        loads.add(scratch("tdb-triples", p -> LoadBench.tdbloader(home, p, false, loadJvm, dir.resolve("logs/tdbloader-triples.log"), n)));
        for (var l : loads) System.out.printf("  %-34s %6.1f s  %,9.0f triples/s%n", l.loader(), l.seconds(), l.triplesPerSecond());

        // The servers: ours on the store our load built, Fuseki on a copy of it (a TDB2 directory belongs to one JVM),
        // both running, so that requests can alternate between them.
        List<String> serverJvm = List.of("-Xmx" + s.serverHeap());
        List<String> ourServerJvm = withOurJit(serverJvm);
        int ourPort = freePort();
        Target.Ours ourTarget = new Target.Ours(ourPort);
        List<String> serve = List.of("serve", "--home", home.toString(), "--store", store.toString(), "--port", String.valueOf(ourPort),
                "--timeout", String.valueOf(BenchSettings.QUERY_TIMEOUT.toSeconds()));
        Workload[] workload = new Workload[1];
        Path fusekiStore = dir.resolve("fuseki-store");
        deleteTree(fusekiStore);
        copyTree(currentStore(store), fusekiStore);
        int fusekiPort = freePort();
        Target.Fuseki fusekiTarget = new Target.Fuseki(fusekiPort);
        Path config = FusekiConfig.write(dir.resolve("fuseki.ttl"), fusekiStore, BenchSettings.QUERY_TIMEOUT.toMillis());
        List<String> fusekiArgs = List.of("--config=" + config, "--port=" + fusekiPort, "--localhost");

        // Virtuoso on the same quads (exported from our store, without the RDF 1.2 triple terms it does not take).
        RunningVirtuoso virtuoso = VirtuosoServer.installed() ? virtuoso(store, loads) : null;
        if (virtuoso == null) System.err.println("  " + VirtuosoServer.BINARY + " is missing: no Virtuoso column (install virtuoso-opensource)");

        // Sampled once, from our first server that answers; the others get the same workload.
        try (RunningVirtuoso v = virtuoso;
             Started ours = started(ourTarget, ourServerJvm, "org.refoulementkg.cli.Main", serve, "ours", () -> {
                 if (workload[0] == null) workload[0] = Workload.build(home, http, ourTarget, s.perKind());
                 return workload[0];
             });
             Started fuseki = started(fusekiTarget, serverJvm, "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", fusekiArgs, "fuseki",
                     () -> workload[0])) {
            Workload w = workload[0];
            Target.Virtuoso virtuosoTarget = v == null ? null : new Target.Virtuoso(v.server().httpPort());
            ServerBench.warmUp(ourTarget, http, w, s, true);
            ServerBench.warmUp(fusekiTarget, http, w, s, true);
            if (v != null) ServerBench.warmUp(virtuosoTarget, http, w, s, true);
            var targets = new ArrayList<Target>(List.of(ourTarget, ourTarget.cold(), fusekiTarget));
            if (v != null) targets.add(virtuosoTarget);
            var catalogue = ServerBench.catalogue(targets, http, w, s);
            var lookups = ServerBench.lookups(ourTarget, fusekiTarget, virtuosoTarget, http, w, s);
            var oursLoads = ServerBench.concurrency(ourTarget, http, w, s);
            var fusekiLoads = ServerBench.concurrency(fusekiTarget, http, w, s);
            var virtuosoLoads = v == null ? List.<ServerBench.LoadRun>of() : ServerBench.concurrency(virtuosoTarget, http, w, s);
            var result = new Results.Scale(scale, triples, cases, generate, (System.nanoTime() - started) / 1e9, loadBefore, loadAverage(),
                    loads, ours.stats(), fuseki.stats(), v == null ? null : v.stats(), compareQueries(catalogue),
                    lookups, compareLoads(oursLoads, fusekiLoads, virtuosoLoads));
            System.out.printf("  scale %s done in %.0f s%n", scale, result.seconds());
            return result;
        } finally {
            deleteTree(fusekiStore);
            deleteTree(dir.resolve("virtuoso"));
            deleteTree(dir.resolve("virtuoso-load"));
        }
    }

    /** A running Virtuoso with its startups and its idle memory, to be measured. */
    private record RunningVirtuoso(VirtuosoServer server, List<Double> startups, long idleRssMiB) implements AutoCloseable {
        Results.Server stats() {
            var mem = server.memory();
            double median = median(startups);
            return new Results.Server("virtuoso", median, startups, median, startups, idleRssMiB, mem.rssMiB(), mem.peakMiB());
        }

        @Override public void close() { server.close(); }
    }

    /**
     * Exports our store's quads (a child JVM), loads them into a new Virtuoso database with its bulk loader (timed, as a
     * load row), then times {@code startups} starts of Virtuoso on the loaded database and leaves the last one running.
     */
    private RunningVirtuoso virtuoso(Path store, List<LoadBench.Result> loads) {
        Path export = dir.resolve("virtuoso-load"), db = dir.resolve("virtuoso");
        deleteTree(export);
        deleteTree(db);
        var exported = LoadBench.virtuosoExport(currentStore(store), export, List.of("-Xmx" + s.loadHeap()), dir.resolve("logs/virtuoso-export.log"));
        if (!exported.ok()) throw new IllegalStateException("the export for Virtuoso failed; see " + dir.resolve("logs/virtuoso-export.log"));
        loads.add(exported); // not part of Virtuoso's load time: what a store of its own would not need
        var tuning = VirtuosoServer.Tuning.forMemory(bytes(s.serverHeap()), BenchSettings.QUERY_TIMEOUT, 40);
        VirtuosoServer server = VirtuosoServer.start(db, tuning);
        long t = System.nanoTime();
        boolean ok = true;
        try {
            server.bulkLoad(export, "*.nq");
        } catch (IllegalStateException e) {
            System.err.println("  " + e.getMessage());
            ok = false;
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        var loaded = new LoadBench.Result(LoadBench.VIRTUOSO, ok, exported.triples(), seconds, exported.triples() / seconds,
                null, null, null, null, server.memory().peakMiB());
        loads.add(loaded);
        System.out.printf("  %-34s %6.1f s  %,9.0f quads/s (%,d quads: every graph of our store, derived ones too, less the RDF 1.2 triple terms)%n",
                loaded.loader(), loaded.seconds(), loaded.triplesPerSecond(), exported.triples());
        var startups = new ArrayList<Double>();
        for (int i = 1; ; i++) {
            server.close();
            server = VirtuosoServer.start(db, tuning);
            startups.add(server.startupSeconds());
            System.out.printf("  virtuoso-%d: first answer %.2f s after start%n", i, server.startupSeconds());
            if (i >= s.startups()) return new RunningVirtuoso(server, startups, server.memory().rssMiB());
        }
    }

    /** "2g", "512m" as bytes. */
    static long bytes(String heap) {
        String h = heap.strip().toLowerCase(java.util.Locale.ROOT);
        long unit = h.endsWith("g") ? 1L << 30 : h.endsWith("m") ? 1L << 20 : h.endsWith("k") ? 1L << 10 : 1;
        return Long.parseLong(unit == 1 ? h : h.substring(0, h.length() - 1)) * unit;
    }

    /** A server that was started (and timed) several times and is now running, to be measured. */
    private record Started(JavaChild child, String name, List<Double> warm, List<Double> cold, long idleRssMiB) implements AutoCloseable {
        Results.Server stats() {
            var mem = child.memory();
            return new Results.Server(name, median(warm), warm, median(cold), cold, idleRssMiB, mem.rssMiB(), mem.peakMiB());
        }

        @Override public void close() { child.close(); }
    }

    /** Our JVMs get the JIT option {@code ./kg} gives them ({@link BenchSettings#OUR_JIT}); the others run as they ship. */
    private static List<String> withOurJit(List<String> jvm) {
        var ours = new ArrayList<>(jvm);
        ours.add(BenchSettings.OUR_JIT);
        return List.copyOf(ours);
    }

    /**
     * Times {@code startups} starts of a server without an AOT cache, records a cache with a training run (as
     * ./kg serve does on its first run), times {@code startups} starts with it, and leaves the last one running.
     */
    private Started started(Target t, List<String> jvm, String main, List<String> args, String name, Supplier<Workload> workload) {
        var cold = new ArrayList<Double>();
        for (int i = 1; i <= s.startups(); i++) {
            try (JavaChild child = start(t, jvm, main, args, name + "-cold-" + i, cold)) {
                // started and timed; stopped here
            }
        }
        Path aot = dir.resolve(name + ".aot");
        deleteTree(aot);
        var training = new ArrayList<String>(jvm);
        training.add("-XX:AOTCacheOutput=" + aot);
        JavaChild trainer = start(t, training, main, args, name + "-aot-training", new ArrayList<>());
        ServerBench.warmUp(t, http, workload.get(), s, false);
        trainer.stop(300); // the cache is written as the JVM exits
        var withCache = new ArrayList<String>(jvm);
        if (Files.exists(aot)) withCache.add("-XX:AOTCache=" + aot);
        else System.err.println("  " + name + ": no AOT cache was written; timing without one");
        var warm = new ArrayList<Double>();
        for (int i = 1; ; i++) {
            JavaChild child = start(t, withCache, main, args, name + "-" + i, warm);
            if (i < s.startups()) { child.close(); continue; }
            return new Started(child, name, warm, cold, child.memory().rssMiB());
        }
    }

    /** Starts a server and waits for its first answer, adding the time to {@code startups}. */
    private JavaChild start(Target t, List<String> jvm, String main, List<String> args, String label, List<Double> startups) {
        Path log = dir.resolve("logs/" + label + ".log");
        JavaChild child = JavaChild.start(jvm, main, args, log);
        double first = http.firstAnswer(child, t.query(ASK, JSON), Duration.ofMinutes(10));
        if (Double.isNaN(first)) {
            child.close();
            throw new IllegalStateException(label + " did not answer; see " + log);
        }
        startups.add(first);
        System.out.printf("  %s: first answer %.2f s after start%n", label, first);
        return child;
    }

    private static double median(List<Double> xs) {
        return xs.isEmpty() ? Double.NaN : xs.stream().sorted().toList().get(xs.size() / 2);
    }

    /** Each query's runs on every target side by side, the others' answers compared with ours. */
    private static List<Results.Query> compareQueries(Map<String, List<ServerBench.QueryRun>> runs) {
        var rows = new ArrayList<Results.Query>();
        List<ServerBench.QueryRun> ours = runs.get("ours");
        for (int i = 0; i < ours.size(); i++) {
            var q = ours.get(i);
            var cold = runs.get("ours-cold").get(i);
            rows.add(new Results.Query(q.name(), q.status() == 200 ? AnswerCheck.rows(q.firstAnswer()) : -1, q.firstMs(), q.latencies(),
                    cold.latencies(), peer(q, runs.get("fuseki"), i), peer(q, runs.get("virtuoso"), i)));
        }
        return rows;
    }

    private static Results.Peer peer(ServerBench.QueryRun ours, List<ServerBench.QueryRun> theirs, int i) {
        if (theirs == null) return null;
        var t = theirs.get(i);
        boolean both = ours.status() == 200 && t.status() == 200;
        String difference = both ? AnswerCheck.difference(ours.firstAnswer(), t.firstAnswer())
                : "HTTP " + ours.status() + " / " + t.status() + (t.status() == 200 ? "" : ": " + firstLine(t.firstAnswer()));
        return new Results.Peer(t.status() == 200 ? AnswerCheck.rows(t.firstAnswer()) : -1, t.latencies(), both && difference == null, difference);
    }

    /** The start of an error answer, for the report. */
    private static String firstLine(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static List<Results.Concurrency> compareLoads(List<ServerBench.LoadRun> ours, List<ServerBench.LoadRun> fuseki,
                                                          List<ServerBench.LoadRun> virtuoso) {
        var rows = new ArrayList<Results.Concurrency>();
        for (var o : ours)
            rows.add(new Results.Concurrency(o.workload(), o.load().clients(), o.load(), same(o, fuseki), same(o, virtuoso)));
        return rows;
    }

    private static HttpProbe.Load same(ServerBench.LoadRun o, List<ServerBench.LoadRun> others) {
        return others.stream().filter(x -> x.workload().equals(o.workload()) && x.load().clients() == o.load().clients())
                .map(ServerBench.LoadRun::load).findFirst().orElse(null);
    }

    /** A load into a scratch directory that is deleted afterwards (stores are large). */
    private LoadBench.Result scratch(String name, Function<Path, LoadBench.Result> load) {
        Path p = dir.resolve(name);
        deleteTree(p);
        try {
            return load.apply(p);
        } finally {
            deleteTree(p);
        }
    }

    /** The TDB2 directory our store currently serves ({@code store/stores/<CURRENT>}). */
    private static Path currentStore(Path store) {
        try {
            return store.resolve("stores").resolve(Files.readString(store.resolve("CURRENT"), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Copies a TDB2 directory, leaving out its lock file (which names the process that had it open). */
    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("tdb.lock")) Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
