package org.refoulementkg.store;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * The one way data gets published: stage the sources, then have the store write them, check what it wrote and
 * switch to it, one publication at a time. {@code ./kg load}, {@code ./kg serve} (when the store is out of date)
 * and the operator's reload all go through here; the store forgets what it kept for the old data itself.
 *
 * <pre>{@code
 * var publisher = new Publisher(kg, new Loader(Sources.in(home), true));
 * publisher.ensureCurrent(System.out);
 * }</pre>
 */
public final class Publisher {
    /** Where publications come from: the loader, over the project's sources. */
    public interface Staging {
        /** The fingerprint the sources have now: when it is the served one, the store is current. */
        String fingerprint();

        /** Finds the sources and returns them as a publication, which the store writes and checks in its two phases. */
        Publication stage(PrintStream progress);

        /** Where the sources are, for messages. */
        String describe();
    }

    /** A publication and how long staging it and then writing it took. */
    public record Published(Publication publication, Duration staging, Duration writing) {}

    private final KnowledgeGraph kg;
    private final Staging staging;

    public Publisher(KnowledgeGraph kg, Staging staging) {
        this.kg = kg;
        this.staging = staging;
    }

    /** Stages and publishes; on invalid data throws {@link LoadFailedException} and changes nothing. */
    public synchronized Published publish(PrintStream progress) {
        long start = System.nanoTime();
        Publication p = staging.stage(progress);
        long staged = System.nanoTime();
        kg.publish(p); // the store writes, then checks what it wrote: it switches only if the checks pass
        return new Published(p, Duration.ofNanos(staged - start), Duration.ofNanos(System.nanoTime() - staged));
    }

    /**
     * Publishes when the store is empty or was built from other versions of the sources. If the sources are invalid
     * but the store already serves data, that data stays and a warning is printed.
     */
    public synchronized void ensureCurrent(PrintStream out) {
        Optional<String> served = kg.version().map(DataVersion::fingerprint);
        if (served.isPresent() && served.get().equals(staging.fingerprint())) return;
        out.println(served.isEmpty() ? "The store is empty: loading " + staging.describe() : "The sources changed: reloading " + staging.describe());
        try {
            publish(out);
        } catch (LoadFailedException e) {
            if (served.isEmpty()) throw e;
            out.println("warning: the new sources are invalid; still serving the previous data.\n" + e.getMessage());
        }
    }
}
