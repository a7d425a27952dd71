package org.refoulementkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} in a JVM of its own (its own heap, its own memory to measure), on a free port; closing it kills it.
 *
 * <pre>{@code
 * try (var server = ChildServer.start(tmp, List.of("-Xmx512m"), "--home", ".", "--mem")) { Http.get(server.url("/health"), null); }
 * }</pre>
 */
public final class ChildServer implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("http://localhost:(\\d+)/");
    private final Process process;
    private final Path log;
    private final int port;

    private ChildServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static ChildServer start(Path dir, List<String> jvmOptions, String... serveArgs) {
        Path log = dir.resolve("serve.log");
        String[] args = new String[serveArgs.length + 3];
        args[0] = "serve";
        System.arraycopy(serveArgs, 0, args, 1, serveArgs.length);
        args[serveArgs.length + 1] = "--port";
        args[serveArgs.length + 2] = "0";
        Process p = ChildJvm.start(log, jvmOptions, args);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try {
            while (System.nanoTime() < deadline && p.isAlive()) {
                Matcher m = PORT.matcher(Files.exists(log) ? Files.readString(log) : "");
                if (m.find()) return new ChildServer(p, log, Integer.parseInt(m.group(1)));
                Thread.sleep(100);
            }
            p.destroyForcibly();
            throw new IllegalStateException("the server did not start:\n" + Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) { return "http://127.0.0.1:" + port + path; }

    public long pid() { return process.pid(); }

    public boolean alive() { return process.isAlive(); }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of /proc/&lt;pid&gt;/status in kB, e.g. {@code VmHWM} (peak resident memory), or -1 where there is no /proc. */
    public long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")))
                if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D", ""));
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    @Override public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
