package org.refoulementkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

/**
 * A Virtuoso 7 server (Debian's virtuoso-opensource) of our own in a directory, on two free ports, from a copy of the
 * package's {@code virtuoso.ini} with its paths and ports changed: the benchmark's third engine and the tests' peer.
 * Data goes in with Virtuoso's bulk loader ({@code ld_dir} and {@code rdf_loader_run}, through {@code isql-vt}), each
 * quad into its own named graph; queries over the union of the graphs, Virtuoso's default.
 *
 * <pre>{@code
 * try (var v = VirtuosoServer.start(dir, VirtuosoServer.Tuning.PACKAGE)) {
 *     v.bulkLoad(dir.resolve("load"), "*.nq");
 *     ... v.queryEndpoint() ...
 * }
 * }</pre>
 */
public final class VirtuosoServer implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
    public static final Path ISQL = Path.of("/usr/bin/isql-vt");
    public static final Path PACKAGE_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
    /** The account the package creates; our servers listen on the loopback interface only. */
    public static final String USER = "dba", PASSWORD = "dba";

    /**
     * What the benchmark changes beyond paths and ports; {@link #PACKAGE} keeps the package's values.
     *
     * @param buffers          8 kB database pages held in memory ({@code NumberOfBuffers}; 0: the package's 10,000)
     * @param queryTimeout     {@code MaxQueryExecutionTime} (null: the package's 60 s)
     * @param httpThreads      HTTP threads and connections (0: the package's 10)
     */
    public record Tuning(long buffers, Duration queryTimeout, int httpThreads) {
        public static final Tuning PACKAGE = new Tuning(0, null, 0);

        /** Two thirds of {@code bytes} as page buffers (Virtuoso's advice for the memory it may use). */
        public static Tuning forMemory(long bytes, Duration queryTimeout, int httpThreads) {
            return new Tuning(bytes * 2 / 3 / 8192, queryTimeout, httpThreads);
        }
    }

    private static final Pattern FAILED = Pattern.compile("FAILED\\s+(\\d+)");

    private final Process process;
    private final Path dir;
    private final int sqlPort, httpPort;
    private final long startedNanos;

    private VirtuosoServer(Process process, Path dir, int sqlPort, int httpPort, long startedNanos) {
        this.process = process;
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.startedNanos = startedNanos;
    }

    /** Whether this machine has Virtuoso: the server, its isql and the package's ini. */
    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(ISQL) && Files.isReadable(PACKAGE_INI);
    }

    /** Starts a server on the database in {@code dir} (created if new) and waits until it answers SPARQL (IllegalStateException if not within 90 s). */
    public static VirtuosoServer start(Path dir, Tuning tuning) {
        if (!installed()) throw new IllegalStateException(BINARY + " is missing: install virtuoso-opensource");
        try {
            Files.createDirectories(dir);
            int sqlPort = freePort(), httpPort = freePort();
            Files.writeString(dir.resolve("virtuoso.ini"), ini(Files.readString(PACKAGE_INI), dir.toAbsolutePath(), sqlPort, httpPort, tuning));
            long t = System.nanoTime();
            Process p = new ProcessBuilder(BINARY.toString(), "+configfile", dir.resolve("virtuoso.ini").toString(), "+foreground")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
            var server = new VirtuosoServer(p, dir, sqlPort, httpPort, t);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The package's ini with this directory for the database files and the allowed folders (the bulk loader reads only
     * from those), these ports, and room for every answer: by default Virtuoso cuts a SPARQL answer at 10,000 rows
     * without saying so.
     */
    static String ini(String packaged, Path dir, int sqlPort, int httpPort, Tuning tuning) {
        String d = dir.toString();
        String ini = packaged.replace("/var/lib/virtuoso-opensource-7/db", d)
                .replaceFirst("(?m)^ServerPort(\\s*)=\\s*1111", "ServerPort$1= " + sqlPort)
                .replaceFirst("(?m)^ServerPort(\\s*)=\\s*8890", "ServerPort$1= " + httpPort)
                .replaceFirst("(?m)^DirsAllowed\\s*=.*$", "DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, " + d)
                .replaceFirst("(?m)^ResultSetMaxRows\\s*=.*$", "ResultSetMaxRows = 100000000")
                .replaceFirst("(?m)^DefaultHost\\s*=.*$", "DefaultHost = localhost:" + httpPort);
        if (tuning.buffers() > 0)
            ini = ini.replaceFirst("(?m)^NumberOfBuffers\\s*=.*$", "NumberOfBuffers = " + tuning.buffers())
                     .replaceFirst("(?m)^MaxDirtyBuffers\\s*=.*$", "MaxDirtyBuffers = " + tuning.buffers() * 3 / 4);
        if (tuning.queryTimeout() != null)
            ini = ini.replaceFirst("(?m)^MaxQueryExecutionTime\\s*=.*$", "MaxQueryExecutionTime = " + tuning.queryTimeout().toSeconds())
                     // Virtuoso refuses a query whose estimated cost passes this before running it: no more than the timeout
                     .replaceFirst("(?m)^MaxQueryCostEstimationTime\\s*=.*$", "MaxQueryCostEstimationTime = " + tuning.queryTimeout().toSeconds() * 10);
        if (tuning.httpThreads() > 0)
            ini = ini.replaceFirst("(?m)^(\\[HTTPServer\\][^\\[]*?)^MaxClientConnections\\s*=.*$", "$1MaxClientConnections = " + tuning.httpThreads())
                     .replaceFirst("(?m)^ServerThreads\\s*=.*$", "ServerThreads = " + tuning.httpThreads());
        return ini;
    }

    public String queryEndpoint() { return "http://localhost:" + httpPort + "/sparql"; }

    /** The Graph Store Protocol endpoint that takes writes (digest authentication). */
    public String gspEndpoint() { return "http://localhost:" + httpPort + "/sparql-graph-crud-auth"; }

    public int httpPort() { return httpPort; }

    public long pid() { return process.pid(); }

    /** Seconds from the start to the first answered query. */
    public double startupSeconds() { return startup; }
    private double startup = Double.NaN;

    /** Resident memory now and at the peak (MiB), from /proc. */
    JavaChild.Memory memory() { return JavaChild.memoryOf(process.pid()); }

    /**
     * Loads the files matching {@code pattern} in {@code folder} (N-Quads: each quad into its graph) with the bulk
     * loader, and makes them durable (checkpoint). Throws with the loader's errors if a file failed.
     */
    public void bulkLoad(Path folder, String pattern) {
        String f = folder.toAbsolutePath().toString().replace("'", "''");
        String out = isql("ld_dir('" + f + "', '" + pattern.replace("'", "''") + "', 'urn:x-virtuoso:unused');",
                "rdf_loader_run();", "checkpoint;",
                "SELECT 'FAILED', COUNT(*) FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;",
                "SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;");
        Matcher failed = FAILED.matcher(out);
        if (out.contains("*** Error") || !failed.find() || !failed.group(1).equals("0"))
            throw new IllegalStateException("Virtuoso's bulk loader failed:\n" + out);
    }

    /** Runs SQL statements through {@code isql-vt} as the dba; returns what it printed. */
    public String isql(String... statements) {
        try {
            Process p = new ProcessBuilder(ISQL.toString(), "localhost:" + sqlPort, USER, PASSWORD).redirectErrorStream(true).start();
            try (var in = p.getOutputStream()) {
                in.write((String.join("\n", statements) + "\nexit;\n").getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.MINUTES);
            if (p.exitValue() != 0) throw new IllegalStateException("isql-vt failed (exit " + p.exitValue() + "):\n" + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server log, for failure messages. */
    public String log() {
        try {
            return Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitReady() {
        var client = HttpClient.newHttpClient();
        var ask = HttpRequest.newBuilder(URI.create(queryEndpoint() + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) { close(); throw new IllegalStateException("virtuoso-t stopped while starting:\n" + log()); }
            try {
                if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startup = (System.nanoTime() - startedNanos) / 1e9;
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try { Thread.sleep(50); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new IllegalStateException(e); }
        }
        String log = log();
        close();
        throw new IllegalStateException("Virtuoso did not answer within 90 s:\n" + log);
    }

    private static int freePort() throws IOException {
        try (var s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) { return s.getLocalPort(); }
    }

    /** Stops the server (SIGTERM: Virtuoso checkpoints and stops); its database stays in its directory. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
