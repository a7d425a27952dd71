package org.refoulementkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in a separate JVM, so that a test can kill it with SIGKILL mid-way. */
public final class ChildJvm {
    private ChildJvm() {}

    public static Process start(Path log, String... args) { return start(log, List.of("-Xmx1g"), args); }

    /** With the JVM options given (a heap size, say) instead of the default {@code -Xmx1g}. */
    public static Process start(Path log, List<String> jvmOptions, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        var cmd = new ArrayList<String>();
        cmd.add(java);
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.refoulementkg.cli.Main"));
        cmd.addAll(List.of(args));
        try {
            return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
