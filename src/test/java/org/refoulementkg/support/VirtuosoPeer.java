package org.refoulementkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.refoulementkg.store.Remote;

/**
 * A real Virtuoso 7 (Debian's virtuoso-opensource) in a temporary directory on two free ports, from a copy of the
 * package's virtuoso.ini with its paths and ports changed. Missing {@code virtuoso-t} skips the calling test, except on
 * CI ({@code CI=true}), where it fails. Closing it stops the server and deletes its directory.
 */
public final class VirtuosoPeer implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
    private static final Path PACKAGE_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
    /** The account the package creates; the test server listens on the loopback interface only. */
    public static final Remote.Account DBA = new Remote.Account("dba", "dba");

    private final Process process;
    private final Path dir;
    private final int httpPort;

    private VirtuosoPeer(Process process, Path dir, int httpPort) {
        this.process = process;
        this.dir = dir;
        this.httpPort = httpPort;
    }

    public static VirtuosoPeer start() {
        if (!Files.isExecutable(BINARY) || !Files.isReadable(PACKAGE_INI)) {
            String message = BINARY + " is missing: install virtuoso-opensource (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(message + "; on CI it must be installed.");
            Assumptions.abort(message);
        }
        try {
            Path dir = Files.createTempDirectory("virtuoso");
            int sqlPort = freePort(), httpPort = freePort();
            Files.writeString(dir.resolve("virtuoso.ini"), ini(Files.readString(PACKAGE_INI), dir, sqlPort, httpPort));
            Process p = new ProcessBuilder(BINARY.toString(), "+configfile", dir.resolve("virtuoso.ini").toString(), "+foreground")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
            var peer = new VirtuosoPeer(p, dir, httpPort);
            peer.awaitReady();
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The package's ini with this directory for the database files and the allowed folders, these ports, and room for
     * every answer: by default Virtuoso cuts a SPARQL answer at 10,000 rows without saying so.
     */
    static String ini(String packaged, Path dir, int sqlPort, int httpPort) {
        String d = dir.toString();
        return packaged.replace("/var/lib/virtuoso-opensource-7/db", d)
                .replaceFirst("(?m)^ServerPort(\\s*)=\\s*1111", "ServerPort$1= " + sqlPort)
                .replaceFirst("(?m)^ServerPort(\\s*)=\\s*8890", "ServerPort$1= " + httpPort)
                .replaceFirst("(?m)^DirsAllowed\\s*=.*$", "DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, " + d)
                .replaceFirst("(?m)^ResultSetMaxRows\\s*=.*$", "ResultSetMaxRows = 10000000")
                .replaceFirst("(?m)^DefaultHost\\s*=.*$", "DefaultHost = localhost:" + httpPort);
    }

    public String queryEndpoint() { return "http://localhost:" + httpPort + "/sparql"; }

    /** The Graph Store Protocol endpoint that takes writes (digest authentication). */
    public String gspEndpoint() { return "http://localhost:" + httpPort + "/sparql-graph-crud-auth"; }

    public Remote remote() { return new Remote(queryEndpoint(), gspEndpoint(), Optional.of(DBA), Remote.Kind.VIRTUOSO); }

    public long pid() { return process.pid(); }

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
            if (!process.isAlive()) { close(); Assertions.fail("virtuoso-t stopped while starting:\n" + log()); }
            try {
                if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try { Thread.sleep(200); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new IllegalStateException(e); }
        }
        String log = log();
        close();
        Assertions.fail("Virtuoso did not answer within 90 s:\n" + log);
    }

    private static int freePort() throws IOException {
        try (var s = new ServerSocket(0)) { return s.getLocalPort(); }
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: Virtuoso checkpoints and stops
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS cleans up what is left
        }
    }
}
