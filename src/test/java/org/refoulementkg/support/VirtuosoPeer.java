package org.refoulementkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.refoulementkg.bench.VirtuosoServer;
import org.refoulementkg.store.Remote;

/**
 * A real Virtuoso 7 for a test ({@link VirtuosoServer}: the package's settings in a temporary directory, on free
 * ports). Missing {@code virtuoso-t} skips the calling test, except on CI ({@code CI=true}), where it fails. Closing it
 * stops the server and deletes its directory.
 */
public final class VirtuosoPeer implements AutoCloseable {
    public static final Path BINARY = VirtuosoServer.BINARY;
    /** The account the package creates; the test server listens on the loopback interface only. */
    public static final Remote.Account DBA = new Remote.Account(VirtuosoServer.USER, VirtuosoServer.PASSWORD);

    private final VirtuosoServer server;
    private final Path dir;

    private VirtuosoPeer(VirtuosoServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    public static VirtuosoPeer start() {
        if (!VirtuosoServer.installed()) {
            String message = BINARY + " is missing: install virtuoso-opensource (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(message + "; on CI it must be installed.");
            Assumptions.abort(message);
        }
        try {
            Path dir = Files.createTempDirectory("virtuoso");
            try {
                return new VirtuosoPeer(VirtuosoServer.start(dir, VirtuosoServer.Tuning.PACKAGE), dir);
            } catch (IllegalStateException e) {
                delete(dir);
                return Assertions.fail(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public VirtuosoServer server() { return server; }

    public String queryEndpoint() { return server.queryEndpoint(); }

    /** The Graph Store Protocol endpoint that takes writes (digest authentication). */
    public String gspEndpoint() { return server.gspEndpoint(); }

    public Remote remote() { return new Remote(queryEndpoint(), gspEndpoint(), Optional.of(DBA), Remote.Kind.VIRTUOSO); }

    public long pid() { return server.pid(); }

    /** The server log, for failure messages. */
    public String log() { return server.log(); }

    @Override
    public void close() {
        server.close();
        delete(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS cleans up what is left
        }
    }
}
