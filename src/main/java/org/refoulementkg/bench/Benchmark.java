package org.refoulementkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;

/**
 * The benchmark: at each scale, load throughput (ours against tdb2.tdbloader), then our server and Fuseki on
 * the same TDB2 store — startup, memory, the query catalogue, entity lookups and concurrent clients — and
 * whether the two give the same answers. Results go to {@code out/results.json} and {@code out/results.md}.
 *
 * <pre>{@code
 * ./kg bench --scales briefing,1e4,1e5,1e6
 * }</pre>
 */
public final class Benchmark {
    private Benchmark() {}

    public static Results run(BenchSettings s) {
        long started = System.nanoTime();
        String when = Instant.now().toString();
        var scales = new ArrayList<Results.Scale>();
        try (var http = new HttpProbe()) {
            for (String scale : s.scales()) {
                try {
                    scales.add(new ScaleRun(s, http, scale).run());
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    // One scale failing (a full disk at 1e7, say) should not lose the others' results.
                    System.err.println("scale " + scale + " failed: " + e);
                    continue;
                }
                // Results so far, in case a later (larger) scale does not finish.
                Report.write(new Results(when, (System.nanoTime() - started) / 1e9, machine(), java(), s, scales), s.out());
            }
        }
        var results = new Results(when, (System.nanoTime() - started) / 1e9, machine(), java(), s, scales);
        Report.write(results, s.out());
        return results;
    }

    private static String machine() {
        long memKiB = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo")))
                if (line.startsWith("MemTotal:")) memKiB = Long.parseLong(line.replaceAll("[^0-9]", ""));
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the memory out
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + (memKiB > 0 ? Math.round(memKiB / 1024.0 / 1024.0) + " GiB" : "? GiB");
    }

    private static String java() {
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
    }
}
