package org.refoulementkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.refoulementkg.load.SourceFile;
import org.refoulementkg.load.Sources;

/**
 * Load throughput on the same files: our {@code load} (strict parsing, SHACL, quote check, then TDB2's bulk
 * loader into a fresh store; each file its own named graph) and {@code tdb2.tdbloader}, each in a child JVM
 * timed from start to exit. tdbloader runs twice: into one named graph (quads: the six quad indexes our store
 * has too) and into the default graph (triples: three indexes).
 */
final class LoadBench {
    /** One load: wall time and throughput; our loader also reports its phases (seconds, null where not applicable). */
    record Result(String loader, boolean ok, long triples, double seconds, double triplesPerSecond, Double parse, Double shacl,
                  Double quotes, Double write, long peakRssMiB) {}

    private static final Pattern PHASES = Pattern.compile("SHACL ([\\d.]+) s, quotes ([\\d.]+) s");
    private static final Pattern WRITE = Pattern.compile("wrote [\\d,]+ triples of \\d+ files in ([\\d.]+) s"); // parsing and bulk loading, one stream
    private static final Pattern LOADED = Pattern.compile("loaded ([\\d,]+) triples");

    private static final Pattern EXPORTED = Pattern.compile("exported ([\\d,]+) quads");
    /** The load row of Virtuoso's bulk loader. */
    static final String VIRTUOSO = "Virtuoso: bulk loader (ld_dir, rdf_loader_run)";

    private LoadBench() {}

    /** The quads of our store as Virtuoso takes them ({@link VirtuosoExport}, a child JVM); {@code triples} is the count written. */
    static Result virtuosoExport(Path tdb2, Path out, List<String> jvm, Path log) {
        Run run = run(jvm, VirtuosoExport.class.getName(), List.of(tdb2.toString(), out.toString()), log);
        Matcher m = EXPORTED.matcher(run.output);
        long quads = m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
        return new Result("export for Virtuoso (our store → N-Quads, child JVM)", run.ok, quads, run.seconds, quads / run.seconds, null, null, null, null, run.peakMiB);
    }

    /** Our load; the triple count is the one it reports. */
    static Result ours(Path home, Path store, boolean shacl, List<String> jvm, Path log) {
        var args = new ArrayList<>(List.of("load", "--home", home.toString(), "--store", store.toString()));
        if (!shacl) args.add("--no-shacl");
        Run run = run(jvm, "org.refoulementkg.cli.Main", args, log);
        Matcher m = PHASES.matcher(run.output), w = WRITE.matcher(run.output), n = LOADED.matcher(run.output);
        boolean phases = m.find(), written = w.find();
        long triples = n.find() ? Long.parseLong(n.group(1).replace(",", "")) : 0;
        return new Result(shacl ? "ours: load" : "ours: load --no-shacl", run.ok, triples, run.seconds, triples / run.seconds,
                null, phases && shacl ? d(m.group(1)) : null, phases ? d(m.group(2)) : null,
                written ? d(w.group(1)) : null, run.peakMiB);
    }

    static Result tdbloader(Path home, Path location, boolean quads, List<String> jvm, Path log, long triples) {
        var args = new ArrayList<>(List.of("--loc", location.toString()));
        if (quads) args.add("--graph=urn:x-bench:all");
        for (SourceFile f : Sources.in(home).files()) args.add(f.path().toString());
        Run run = run(jvm, "tdb2.tdbloader", args, log);
        return new Result(quads ? "tdb2.tdbloader --graph (quads)" : "tdb2.tdbloader (triples)", run.ok, triples, run.seconds,
                triples / run.seconds, null, null, null, null, run.peakMiB);
    }

    private record Run(boolean ok, double seconds, long peakMiB, String output) {}

    /** Runs a child to its end (at most 3 hours), watching its peak resident memory. */
    private static Run run(List<String> jvm, String main, List<String> args, Path log) {
        try (JavaChild child = JavaChild.start(jvm, main, args, log)) {
            long peak = 0;
            while (child.alive()) {
                peak = Math.max(peak, child.memory().peakMiB());
                if (System.nanoTime() - child.startedNanos() > 3L * 3600 * 1_000_000_000L) break;
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            int code = child.waitFor(1);
            double seconds = (System.nanoTime() - child.startedNanos()) / 1e9;
            String out = child.output();
            if (code != 0) System.err.println("  " + main + " failed (exit " + code + "); see " + log);
            return new Run(code == 0, seconds, peak, out);
        }
    }

    private static Double d(String s) { return Double.valueOf(s); }
}
