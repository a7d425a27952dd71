package org.refoulementkg.cli;

import java.util.List;

/**
 * What to tell the operator when the Java heap ran out, instead of a bare {@code java.lang.OutOfMemoryError}: which
 * memory, how large it was, that a load changed nothing, and how to give the command more.
 */
final class OutOfMemory {
    /** Set aside at start and let go when the heap has run out, so that there is room to say so. */
    private static byte[] reserve = new byte[1 << 20];

    private OutOfMemory() {}

    /** Sets the reserve aside (call at start). */
    static void prepare() {
        if (reserve == null) reserve = new byte[1 << 20];
    }

    /** The error, or the OutOfMemoryError that caused it; null when memory was not the problem. */
    static OutOfMemoryError in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof OutOfMemoryError oom) return oom;
        return null;
    }

    static String message(OutOfMemoryError e, String[] args) {
        reserve = null;
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        String command = args.length > 0 ? args[0] : "kg";
        String what = e.getMessage() == null ? "Java heap space" : e.getMessage();
        String changed = List.of("load", "serve").contains(command) ? " Nothing was published: the store serves what it served before." : "";
        return "error: out of memory (" + what + "): the Java heap of " + mb + " MB was not enough for './kg " + command + "'." + changed
                + "\nRun it with a larger heap, e.g. KG_JAVA_OPTS=-Xmx" + Math.max(512, mb * 2) + "m ./kg " + String.join(" ", args);
    }
}
