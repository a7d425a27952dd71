package org.refoulementkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

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
         .append(r.machine()).append(", ").append(r.java()).append(". Ours and Fuseki each in a child JVM with -Xmx").append(r.settings().serverHeap())
         .append(", ours on the TDB2 store our `load` built, Fuseki on a copy of it; Virtuoso 7 (page buffers: two thirds of the same memory)")
         .append(" on the same quads less the RDF 1.2 triple terms, loaded with its bulk loader, each query sent as our remote mode sends it.")
         .append(" Catalogue queries and lookups alternate between the servers request by request, concurrent workloads run on one at a time.")
         .append(" Ours is measured cold (each run computed: `Cache-Control: no-cache`) and warm (answered from its result cache, valid until")
         .append(" the next publish); the first run is a cache miss. The client (no Accept-Encoding, so no compression) runs in the benchmark's")
         .append(" JVM on the same cores. Latencies in ms; p99 of fewer than 100 runs is the slowest run.\n\n");
        summary(b, r);
        targets(b, r);
        for (Results.Scale s : r.scales()) scale(b, s);
        return b.toString();
    }

    private static void summary(StringBuilder b, Results r) {
        b.append("### Summary\n\n| scale | triples | scale run | load t/s: ours / tdbloader quads / Virtuoso | startup s: ours / Fuseki / Virtuoso")
         .append(" | RSS MiB: ours / Fuseki / Virtuoso | catalogue ours/Fuseki, median (worst): cold · warm | catalogue ours/Virtuoso, median (worst): cold · warm")
         .append(" | same answers as ours: Fuseki · Virtuoso | entity page p50 / p99, 1 client (ms) | p99, 32 clients (ms): our page / Fuseki / Virtuoso CONSTRUCT |\n");
        b.append("|---|---:|---:|---|---|---|---|---|---|---|---|\n");
        for (Results.Scale s : r.scales()) {
            b.append("| ").append(s.scale()).append(" | ").append(n0(s.triples())).append(" | ").append(f0(s.seconds())).append(" s | ")
             .append(rate(s, "ours: load")).append(" / ").append(rate(s, "tdb2.tdbloader --graph (quads)")).append(" / ").append(rate(s, LoadBench.VIRTUOSO)).append(" | ")
             .append(f2(s.ours().startupSeconds())).append(" / ").append(f2(s.fuseki().startupSeconds())).append(" / ")
             .append(s.virtuoso() == null ? "–" : f2(s.virtuoso().startupSeconds())).append(" | ")
             .append(s.ours().rssMiB()).append(" / ").append(s.fuseki().rssMiB()).append(" / ").append(s.virtuoso() == null ? "–" : s.virtuoso().rssMiB()).append(" | ")
             .append(ratios(s, Results.Query::fuseki)).append(" | ").append(ratios(s, Results.Query::virtuoso)).append(" | ")
             .append(same(s, Results.Query::fuseki)).append(" · ").append(same(s, Results.Query::virtuoso)).append(" | ");
            var one = load(s, ServerBench.PAGES, 1);
            b.append(one.map(l -> f1(l.ours().latencies().p50()) + " / " + f1(l.ours().latencies().p99())).orElse("–")).append(" | ");
            var many = load(s, ServerBench.PAGES, 32);
            b.append(many.map(l -> f1(l.ours().latencies().p99())).orElse("–")).append(" / ")
             .append(many.filter(l -> l.fuseki() != null).map(l -> f1(l.fuseki().latencies().p99())).orElse("–")).append(" / ")
             .append(many.filter(l -> l.virtuoso() != null).map(l -> f1(l.virtuoso().latencies().p99())).orElse("–")).append(" |\n");
        }
        b.append("\n");
    }

    /** "cold median (worst) · warm median (worst)" of ours against one peer. */
    private static String ratios(Results.Scale s, Function<Results.Query, Results.Peer> peer) {
        if (s.catalogue().stream().allMatch(q -> peer.apply(q) == null)) return "–";
        return f2(median(s, q -> q.coldRatio(peer.apply(q)))) + " (" + f2(worst(s, q -> q.coldRatio(peer.apply(q)))) + ") · "
                + f2(median(s, q -> q.warmRatio(peer.apply(q)))) + " (" + f2(worst(s, q -> q.warmRatio(peer.apply(q)))) + ")";
    }

    private static String same(Results.Scale s, Function<Results.Query, Results.Peer> peer) {
        if (s.catalogue().stream().allMatch(q -> peer.apply(q) == null)) return "–";
        long same = s.catalogue().stream().filter(q -> peer.apply(q) != null && peer.apply(q).sameAnswer()).count();
        return same + " of " + s.catalogue().size();
    }

    private static void targets(StringBuilder b, Results r) {
        List<Results.Scale> generated = r.scales().stream().filter(s -> !s.scale().equals("briefing")).toList();
        b.append("### Targets\n\n| target | measured | met |\n|---|---|---|\n");
        for (Results.Scale s : r.scales()) {
            for (boolean warm : List.of(false, true)) {
                ToDoubleFunction<Results.Query> ratio = warm ? q -> q.warmRatio(q.fuseki()) : q -> q.coldRatio(q.fuseki());
                long slower = s.catalogue().stream().filter(q -> ratio.applyAsDouble(q) > 1.0).count();
                double median = median(s, ratio);
                b.append("| every catalogue query no slower than Fuseki's, median ratio ≤ 0.5, ").append(warm ? "warm" : "cold").append(", ")
                 .append(s.scale()).append(" | ").append(slower).append(" of ").append(s.catalogue().size()).append(" slower; median ")
                 .append(f2(median)).append(", worst ").append(f2(worst(s, ratio))).append(" | ")
                 .append(slower == 0 && median <= 0.5 ? "yes" : "no").append(" |\n");
            }
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
        for (var v : s.virtuoso() == null ? List.of(s.ours(), s.fuseki()) : List.of(s.ours(), s.fuseki(), s.virtuoso()))
            b.append("| ").append(v.name()).append(" | ").append(f2(v.startupSeconds())).append(" | ")
             .append(String.join(", ", v.startups().stream().map(Report::f2).toList())).append(" | ")
             .append(f2(v.coldStartupSeconds())).append(" | ")
             .append(String.join(", ", v.coldStartups().stream().map(Report::f2).toList())).append(" | ")
             .append(v.idleRssMiB()).append(" / ").append(v.rssMiB()).append(" / ").append(v.peakRssMiB()).append(" |\n");
        b.append("\n| catalogue query | rows | runs | first run (ms) | ours warm p50 / p99 | ours cold p50 / p99 | Fuseki p50 / p99 | Virtuoso p50 / p99")
         .append(" | cold / Fuseki | warm / Fuseki | cold / Virtuoso | warm / Virtuoso | same answer: Fuseki · Virtuoso |\n|---|---:|---:|---:|---|---|---|---|---:|---:|---:|---:|---|\n");
        for (var q : s.catalogue())
            b.append("| ").append(q.query()).append(" | ").append(q.oursRows()).append(" | ").append(q.oursCold().n()).append(" | ").append(f1(q.oursFirstMs()))
             .append(" | ").append(pq(q.ours())).append(" | ").append(pq(q.oursCold())).append(" | ").append(pq(lat(q.fuseki()))).append(" | ")
             .append(pq(lat(q.virtuoso()))).append(" | ").append(f2(q.coldRatio(q.fuseki()))).append(" | ").append(f2(q.warmRatio(q.fuseki())))
             .append(" | ").append(f2(q.coldRatio(q.virtuoso()))).append(" | ").append(f2(q.warmRatio(q.virtuoso()))).append(" | ")
             .append(sameAnswer(q.fuseki())).append(" · ").append(sameAnswer(q.virtuoso())).append(" |\n");
        var differences = s.catalogue().stream().filter(q -> q.fuseki() != null && !q.fuseki().sameAnswer() || q.virtuoso() != null && !q.virtuoso().sameAnswer()).toList();
        if (!differences.isEmpty()) {
            b.append("\nWhere an answer differs from ours (rows as `variable=term`, sorted):\n\n");
            for (var q : differences) {
                if (q.fuseki() != null && !q.fuseki().sameAnswer()) b.append("- ").append(q.query()).append(", Fuseki: ").append(q.fuseki().problem()).append("\n");
                if (q.virtuoso() != null && !q.virtuoso().sameAnswer()) b.append("- ").append(q.query()).append(", Virtuoso: ").append(q.virtuoso().problem()).append("\n");
            }
        }
        b.append("\n| entity lookups | n | ours HTML p50 / p99 (ms) | ours Turtle p50 / p99 | Fuseki CONSTRUCT p50 / p99 | Virtuoso CONSTRUCT p50 / p99 | ours Turtle / Fuseki | ours Turtle / Virtuoso |\n|---|---:|---|---|---|---|---:|---:|\n");
        for (var l : s.lookups())
            b.append("| ").append(l.kind()).append(" | ").append(l.entities()).append(" | ").append(pq(l.oursHtml())).append(" | ").append(pq(l.oursTurtle()))
             .append(" | ").append(pq(l.fuseki())).append(" | ").append(pq(l.virtuoso())).append(" | ").append(f2(l.ratio())).append(" | ").append(f2(l.virtuosoRatio())).append(" |\n");
        b.append("\n| concurrent workload | clients | ours req/s | ours p50 / p99 (ms) | Fuseki req/s | Fuseki p50 / p99 (ms) | Virtuoso req/s | Virtuoso p50 / p99 (ms) |\n|---|---:|---:|---|---:|---|---:|---|\n");
        for (var c : s.concurrency())
            b.append("| ").append(c.workload()).append(c.workload().equals(ServerBench.PAGES) ? " (ours HTML; the others the CONSTRUCT)" : " (ours computed, not cached)").append(" | ")
             .append(c.clients()).append(" | ").append(n0(c.ours().perSecond())).append(" | ").append(pq(c.ours().latencies())).append(" | ")
             .append(c.fuseki() == null ? "–" : n0(c.fuseki().perSecond())).append(" | ").append(c.fuseki() == null ? "–" : pq(c.fuseki().latencies())).append(" | ")
             .append(c.virtuoso() == null ? "–" : n0(c.virtuoso().perSecond())).append(" | ").append(c.virtuoso() == null ? "–" : pq(c.virtuoso().latencies()))
             .append(" |\n");
        b.append("\n");
    }

    private static Latencies lat(Results.Peer p) { return p == null ? null : p.latencies(); }

    private static String sameAnswer(Results.Peer p) { return p == null ? "–" : p.sameAnswer() ? "yes" : "**no**"; }

    private static double median(Results.Scale s, ToDoubleFunction<Results.Query> ratio) {
        var ratios = s.catalogue().stream().mapToDouble(ratio).filter(d -> !Double.isNaN(d)).sorted().toArray();
        return ratios.length == 0 ? Double.NaN : ratios[ratios.length / 2];
    }

    private static double worst(Results.Scale s, ToDoubleFunction<Results.Query> ratio) {
        return s.catalogue().stream().mapToDouble(ratio).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
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
