package org.refoulementkg.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on our classpath (the jar and {@code lib/*}): a server or a loader under measurement. It knows
 * when it was started, for startup times, and reads its resident memory from {@code /proc/<pid>/status}.
 */
final class JavaChild implements AutoCloseable {
    private final Process process;
    private final long startedNanos;
    private final Path log;

    private JavaChild(Process process, long startedNanos, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /** Starts {@code java <jvmArgs> -cp <our classpath> <mainClass> <args>}, output (stdout and stderr) to {@code log}. */
    static JavaChild start(List<String> jvmArgs, String mainClass, List<String> args, Path log) {
        var cmd = new ArrayList<String>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmArgs);
        cmd.add("--sun-misc-unsafe-memory-access=allow");
        cmd.addAll(List.of("-cp", classpath(), mainClass));
        cmd.addAll(args);
        try {
            Files.createDirectories(log.getParent());
            long t = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new JavaChild(p, t, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running jar and its lib/ folder when started with {@code java -jar}; the class path as given otherwise. */
    static String classpath() {
        String cp = System.getProperty("java.class.path");
        if (!cp.contains(File.pathSeparator) && cp.endsWith(".jar")) {
            Path jar = Path.of(cp).toAbsolutePath();
            return jar + File.pathSeparator + jar.getParent().resolve("lib") + File.separator + "*";
        }
        return cp;
    }

    long startedNanos() { return startedNanos; }

    boolean alive() { return process.isAlive(); }

    /** Waits for the child to exit and returns its exit code (-1 after {@code seconds}, when it is killed). */
    int waitFor(long seconds) {
        try {
            if (process.waitFor(seconds, TimeUnit.SECONDS)) return process.exitValue();
            close();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return -1;
        }
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    /** Resident memory now and at its peak, in MiB (VmRSS and VmHWM); zeros where /proc is not readable. */
    record Memory(long rssMiB, long peakMiB) {}

    Memory memory() { return memoryOf(process.pid()); }

    /** The same of any process (Virtuoso, say). */
    static Memory memoryOf(long pid) {
        try {
            long rss = 0, peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) rss = kib(line) / 1024;
                if (line.startsWith("VmHWM:")) peak = kib(line) / 1024;
            }
            return new Memory(rss, peak);
        } catch (IOException | RuntimeException e) {
            return new Memory(0, 0);
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /** Stops the child: SIGTERM, then SIGKILL after ten seconds. */
    @Override
    public void close() { stop(10); }

    /** SIGTERM, then SIGKILL after {@code seconds} (a JVM writing its AOT cache at exit needs a while). */
    void stop(long seconds) {
        if (!process.isAlive()) return;
        process.destroy();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
