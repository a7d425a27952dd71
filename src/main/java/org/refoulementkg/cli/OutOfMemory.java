package org.refoulementkg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * What to tell the operator when the Java heap ran out, instead of a bare {@code java.lang.OutOfMemoryError}: which
 * memory, how large it was, that a load changed nothing, and how to give the command more. The message is written when
 * the command starts, and a reserve is set aside then, because when the heap has run out there may be no room to make
 * either.
 */
final class OutOfMemory {
    private static byte[] reserve;
    private static String message = "error: out of memory: the Java heap was not enough. Run it with a larger heap, e.g. KG_JAVA_OPTS=-Xmx1g";

    private OutOfMemory() {}

    /** Call first: prepares the message for this command line. */
    static void prepare(String[] args) {
        // Logging configures itself at its first use; out of heap then, it prints its own stack trace. So: now.
        org.slf4j.LoggerFactory.getLogger(OutOfMemory.class);
        reserve = new byte[1 << 20];
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        String command = args.length > 0 ? args[0] : "";
        String changed = List.of("load", "serve").contains(command) ? " Nothing was published: the store serves what it served before." : "";
        message = "error: out of memory: the Java heap (" + mb + " MB) was not enough for './kg " + command + "'." + changed
                + "\nRun it with a larger heap, e.g. KG_JAVA_OPTS=-Xmx" + Math.max(512, mb * 2) + "m ./kg " + String.join(" ", args);
    }

    /** Whether {@code e} is, or was caused by, running out of heap. */
    static boolean caused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof OutOfMemoryError) return true;
        return false;
    }

    static void report(PrintStream err) {
        reserve = null;
        err.println(message);
    }

    static void report(PrintWriter err) {
        reserve = null;
        err.println(message);
        err.flush();
    }
}
