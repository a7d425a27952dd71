package org.refoulementkg.web.http;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.dataset.DatasetStats;

/**
 * The version of the served data (its sources' fingerprint) and when it was loaded, asked of the store at most
 * once a second. The data changes only on reload, and a store switched by another process is noticed within a
 * second anyway; a reload in this process forgets the cached answer at once ({@link #forget()}).
 */
public final class DataVersion {
    private static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();

    /** A version of the data: its fingerprint and load time (to the second, as HTTP dates have it). */
    public record Version(String fingerprint, Optional<Instant> loaded) {}

    private record Checked(Optional<Version> version, long at) {}

    private final KnowledgeGraph kg;
    private final Duration timeout;
    private volatile Checked checked;

    public DataVersion(KnowledgeGraph kg, Duration timeout) {
        this.kg = kg;
        this.timeout = timeout;
    }

    /** The current version; empty while the store serves no data. */
    public Optional<Version> current() {
        Checked c = checked;
        long now = System.nanoTime();
        if (c != null && now - c.at() < RECHECK_NANOS) return c.version();
        // Concurrent requests after expiry may each ask: the answers are the same.
        Optional<Version> v = kg.fingerprint().map(f -> c != null && c.version().filter(old -> old.fingerprint().equals(f)).isPresent()
                ? c.version().get()
                : new Version(f, DatasetStats.loaded(kg, timeout).map(t -> t.truncatedTo(ChronoUnit.SECONDS))));
        checked = new Checked(v, now);
        return v;
    }

    public void forget() { checked = null; }
}
