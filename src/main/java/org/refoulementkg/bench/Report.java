package org.refoulementkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The results as markdown (a summary across scales, the targets, then each scale in detail) and as JSON. */
public final class Report {
    private Report() {}

    static void write(Results r, Path out) {
        try {
            Files.createDirectories(out);
            var mapper = JsonMapper.builder().enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).enable(SerializationFeature.INDENT_OUTPUT).build();
            Files.writeString(out.resolve("results.json"), mapper.writeValueAsString(r), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("results.md"), markdown(r), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String markdown(Results r) {
        var b = new StringBuilder();
        b.append("## Benchmark results\n\n").append("Run ").append(r.started()).append(", ").append(f1(r.seconds() / 60)).append(" min on ")
         .append(r.machine()).append(", ").append(r.java()).append(". Both servers in a child JVM with -Xmx").append(r.settings().serverHeap())
         .append(", ours on the TDB2 store our `load` built, Fuseki on a copy of it; catalogue queries and lookups alternate between them")
         .append(" request by request, concurrent workloads run on one at a time. The client (no Accept-Encoding, so no compression) runs")
         .append(" in the benchmark's JVM on the same two cores. Latencies in ms; p99 of fewer than 100 runs is the slowest run.\n\n");
        summary(b, r);
        targets(b, r);
        for (Results.Scale s : r.scales()) scale(b, s);
        return b.toString();
    }

    private static void summary(StringBuilder b, Results r) {
        b.append("### Summary\n\n| scale | triples | scale run | load: ours (t/s) | ours --no-shacl | tdbloader quads | tdbloader triples | startup ours / Fuseki (s) | RSS ours / Fuseki (MiB) | catalogue ours/Fuseki: median ratio (worst) | entity page p50 / p99, 1 client (ms) | entity page p99, 32 clients (ms) | Fuseki CONSTRUCT p99, 32 clients (ms) |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---|---|---|---|---:|---:|\n");
        for (Results.Scale s : r.scales()) {
            b.append("| ").append(s.scale()).append(" | ").append(n0(s.triples())).append(" | ").append(f0(s.seconds())).append(" s | ")
             .append(rate(s, "ours: load")).append(" | ").append(rate(s, "ours: load --no-shacl")).append(" | ")
             .append(rate(s, "tdb2.tdbloader --graph (quads)")).append(" | ").append(rate(s, "tdb2.tdbloader (triples)")).append(" | ")
             .append(f2(s.ours().startupSeconds())).append(" / ").append(f2(s.fuseki().startupSeconds())).append(" | ")
             .append(s.ours().rssMiB()).append(" / ").append(s.fuseki().rssMiB()).append(" | ")
             .append(f2(medianRatio(s))).append(" (").append(f2(worstRatio(s))).append(") | ");
            var one = load(s, ServerBench.PAGES, 1);
            b.append(one.map(l -> f1(l.ours().latencies().p50()) + " / " + f1(l.ours().latencies().p99())).orElse("–")).append(" | ");
            var many = load(s, ServerBench.PAGES, 32);
            b.append(many.map(l -> f1(l.ours().latencies().p99())).orElse("–")).append(" | ")
             .append(many.filter(l -> l.fuseki() != null).map(l -> f1(l.fuseki().latencies().p99())).orElse("–")).append(" |\n");
        }
        b.append("\n");
    }

    private static void targets(StringBuilder b, Results r) {
        List<Results.Scale> generated = r.scales().stream().filter(s -> !s.scale().equals("briefing")).toList();
        b.append("### Targets\n\n| target | measured | met |\n|---|---|---|\n");
        for (Results.Scale s : r.scales()) {
            long slower = s.catalogue().stream().filter(q -> q.ratio() > 1.0).count();
            b.append("| /sparql no slower than Fuseki on any catalogue query (median ratio ≤ 1.0), ").append(s.scale()).append(" | ")
             .append(slower).append(" of ").append(s.catalogue().size()).append(" slower; worst ").append(f2(worstRatio(s))).append(" | ")
             .append(slower == 0 ? "yes" : "no").append(" |\n");
        }
        if (!generated.isEmpty()) {
            Results.Scale big = generated.getLast(), small = generated.getFirst();
            load(big, ServerBench.PAGES, 32).ifPresent(l -> b.append("| entity page p99 ≤ 50 ms, 32 clients, largest scale (").append(big.scale())
                    .append(") | ").append(f1(l.ours().latencies().p99())).append(" ms | ").append(l.ours().latencies().p99() <= 50 ? "yes" : "no").append(" |\n"));
            double growth = lookupP50(big) / lookupP50(small);
            b.append("| entity lookup at the largest scale within 2× of the smallest (").append(big.scale()).append(" vs ").append(small.scale())
             .append(", HTML pages, median) | ").append(f1(lookupP50(big))).append(" vs ").append(f1(lookupP50(small))).append(" ms: ")
             .append(f2(growth)).append("× | ").append(growth <= 2 ? "yes" : "no").append(" |\n");
        }
        for (Results.Scale s : r.scales()) {
            double ours = rateOf(s, "ours: load"), noShacl = rateOf(s, "ours: load --no-shacl"), tdb = rateOf(s, "tdb2.tdbloader --graph (quads)");
            b.append("| load ≥ 0.9 × tdb2.tdbloader (quads), ").append(s.scale()).append(" | ours ").append(f2(ours / tdb)).append("×, --no-shacl ")
             .append(f2(noShacl / tdb)).append("× | ").append(ours / tdb >= 0.9 ? "yes" : noShacl / tdb >= 0.9 ? "with --no-shacl" : "no").append(" |\n");
        }
        r.scales().stream().filter(s -> s.scale().equals("briefing")).findFirst().ifPresent(s -> b.append("| startup to first answer ≤ 2 s, briefing | ")
                .append(f2(s.ours().startupSeconds())).append(" s with an AOT cache, ").append(f2(s.ours().coldStartupSeconds()))
                .append(" s without (Fuseki ").append(f2(s.fuseki().startupSeconds())).append(" / ").append(f2(s.fuseki().coldStartupSeconds())).append(" s) | ")
                .append(s.ours().startupSeconds() <= 2 ? "yes" : "no").append(" |\n"));
        b.append("\n");
    }

    private static void scale(StringBuilder b, Results.Scale s) {
        b.append("### Scale ").append(s.scale()).append(": ").append(n0(s.triples())).append(" triples, ").append(n0(s.caseStudies()))
         .append(" case studies\n\nScale run ").append(f0(s.seconds())).append(" s").append(s.generateSeconds() > 0 ? " (corpus generated in " + f1(s.generateSeconds()) + " s)" : "")
         .append("; load average ").append(s.loadAverageBefore()).append(" before, ").append(s.loadAverageAfter()).append(" after.\n\n");
        b.append("| loader | s | triples/s | parse s | SHACL s | quotes s | write s | peak RSS MiB |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var l : s.loads())
            b.append("| ").append(l.loader()).append(l.ok() ? "" : " (failed)").append(" | ").append(f1(l.seconds())).append(" | ").append(n0(l.triplesPerSecond()))
             .append(" | ").append(opt(l.parse())).append(" | ").append(opt(l.shacl())).append(" | ").append(opt(l.quotes())).append(" | ")
             .append(opt(l.write())).append(" | ").append(l.peakRssMiB()).append(" |\n");
        b.append("\n| server | startup, AOT cache (median, s) | starts (s) | startup, no AOT cache (median, s) | starts (s) | RSS idle / after / peak (MiB) |\n|---|---:|---|---:|---|---|\n");
        for (var v : List.of(s.ours(), s.fuseki()))
            b.append("| ").append(v.name()).append(" | ").append(f2(v.startupSeconds())).append(" | ")
             .append(String.join(", ", v.startups().stream().map(Report::f2).toList())).append(" | ")
             .append(f2(v.coldStartupSeconds())).append(" | ")
             .append(String.join(", ", v.coldStartups().stream().map(Report::f2).toList())).append(" | ")
             .append(v.idleRssMiB()).append(" / ").append(v.rssMiB()).append(" / ").append(v.peakRssMiB()).append(" |\n");
        b.append("\n| catalogue query | rows | runs | ours p50 / p99 (ms) | Fuseki p50 / p99 (ms) | ours/Fuseki | same answer |\n|---|---:|---:|---|---|---:|---|\n");
        for (var q : s.catalogue())
            b.append("| ").append(q.query()).append(" | ").append(q.oursRows()).append(" | ").append(q.ours().n()).append(" | ")
             .append(pq(q.ours())).append(" | ").append(pq(q.fuseki()))
             .append(" | ").append(f2(q.ratio())).append(" | ").append(q.sameAnswer() ? "yes" : "**no**: " + q.problem()).append(" |\n");
        b.append("\n| entity lookups | n | ours HTML p50 / p99 (ms) | ours Turtle p50 / p99 | Fuseki CONSTRUCT p50 / p99 | ours Turtle / Fuseki |\n|---|---:|---|---|---|---:|\n");
        for (var l : s.lookups())
            b.append("| ").append(l.kind()).append(" | ").append(l.entities()).append(" | ").append(pq(l.oursHtml())).append(" | ").append(pq(l.oursTurtle()))
             .append(" | ").append(pq(l.fuseki())).append(" | ").append(f2(l.ratio())).append(" |\n");
        b.append("\n| concurrent workload | clients | ours req/s | ours p50 / p99 (ms) | Fuseki req/s | Fuseki p50 / p99 (ms) |\n|---|---:|---:|---|---:|---|\n");
        for (var c : s.concurrency())
            b.append("| ").append(c.workload()).append(c.workload().equals(ServerBench.PAGES) ? " (ours HTML; Fuseki the CONSTRUCT)" : "").append(" | ")
             .append(c.clients()).append(" | ").append(n0(c.ours().perSecond())).append(" | ").append(pq(c.ours().latencies())).append(" | ")
             .append(c.fuseki() == null ? "–" : n0(c.fuseki().perSecond())).append(" | ").append(c.fuseki() == null ? "–" : pq(c.fuseki().latencies()))
             .append(" |\n");
        b.append("\n");
    }

    static double medianRatio(Results.Scale s) {
        var ratios = s.catalogue().stream().mapToDouble(Results.Query::ratio).filter(d -> !Double.isNaN(d)).sorted().toArray();
        return ratios.length == 0 ? Double.NaN : ratios[ratios.length / 2];
    }

    static double worstRatio(Results.Scale s) {
        return s.catalogue().stream().mapToDouble(Results.Query::ratio).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
    }

    /** Median of one client reading HTML entity pages (the mix of kinds, no hubs). */
    private static double lookupP50(Results.Scale s) {
        return load(s, ServerBench.PAGES, 1).map(l -> l.ours().latencies().p50()).orElse(Double.NaN);
    }

    private static Optional<Results.Concurrency> load(Results.Scale s, String workload, int clients) {
        return s.concurrency().stream().filter(c -> c.workload().equals(workload) && c.clients() == clients).findFirst();
    }

    private static double rateOf(Results.Scale s, String loader) {
        return s.loads().stream().filter(l -> l.loader().equals(loader) && l.ok()).mapToDouble(LoadBench.Result::triplesPerSecond).findFirst().orElse(Double.NaN);
    }

    private static String rate(Results.Scale s, String loader) {
        double r = rateOf(s, loader);
        return Double.isNaN(r) ? "–" : n0(r);
    }

    private static String pq(Latencies l) { return l == null || l.n() == 0 ? "–" : f1(l.p50()) + " / " + f1(l.p99()); }
    private static String opt(Double d) { return d == null ? "–" : f1(d); }
    private static String f0(double d) { return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.0f", d); }
    private static String f1(double d) { return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.1f", d); }
    private static String f2(double d) { return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.2f", d); }
    private static String n0(double d) { return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%,.0f", d); }
}
